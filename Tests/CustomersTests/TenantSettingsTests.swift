import Customers
import Foundation
import Testing

/// A tenant's trash-day settings.
@Suite("Tenant settings")
struct TenantSettingsTests {
    let f = ServiceFixture()

    @Test("settings start per property and change per tenant")
    func perTenant() async throws {
        #expect(try await f.catalog.settings(tenant: f.tenant) == TenantSettings())
        _ = try await f.catalog.updateSettings(mode: "Uniform", defaultTrashDay: "FRIDAY", tenant: f.tenant)
        #expect(try await f.catalog.settings(tenant: f.tenant) == TenantSettings(trashDayMode: .uniform, defaultTrashDay: "Friday"))
        #expect(try await f.catalog.settings(tenant: Catalog.otherTenant) == TenantSettings())
        // The default day stays when only the mode changes.
        _ = try await f.catalog.updateSettings(mode: "per_property", defaultTrashDay: nil, tenant: f.tenant)
        #expect(try await f.catalog.settings(tenant: f.tenant) == TenantSettings(trashDayMode: .perProperty, defaultTrashDay: "Friday"))
    }

    @Test("uniform mode needs a default day; a bad mode or day is refused and nothing saved")
    func refused() async throws {
        #expect(await invalidField { try await f.catalog.updateSettings(mode: "uniform", defaultTrashDay: nil, tenant: f.tenant) } == "default_trash_day")
        #expect(await invalidField { try await f.catalog.updateSettings(mode: "weekly", defaultTrashDay: nil, tenant: f.tenant) } == "trash_day_mode")
        #expect(await invalidField { try await f.catalog.updateSettings(mode: nil, defaultTrashDay: "someday", tenant: f.tenant) } == "default_trash_day")
        #expect(f.repository.tables.settings.isEmpty)
    }
}
