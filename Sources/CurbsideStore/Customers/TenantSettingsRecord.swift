import Customers
import Foundation
import GRDB

/// One row of the `tenant_settings` table: a tenant's settings, when it has changed them from the defaults.
struct TenantSettingsRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "tenant_settings"

    var tenantID: String
    var trashDayMode: TrashDayMode
    var defaultTrashDay: String?
    var rooftopUncertainty: Double
    var streetUncertainty: Double
    var manualUncertainty: Double
    var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case tenantID = "tenant_id", trashDayMode = "trash_day_mode", defaultTrashDay = "default_trash_day"
        case rooftopUncertainty = "rooftop_uncertainty_m", streetUncertainty = "street_uncertainty_m"
        case manualUncertainty = "manual_uncertainty_m", updatedAt = "updated_at"
    }

    /// The columns queries filter on.
    enum Columns {
        static let tenantID = Column(CodingKeys.tenantID)
    }

    /// The row storing `settings` for `tenant`, updated at `date`.
    init(_ settings: TenantSettings, tenant: String, updatedAt date: Date) {
        tenantID = tenant
        trashDayMode = settings.trashDayMode
        defaultTrashDay = settings.defaultTrashDay
        rooftopUncertainty = settings.boundaryUncertainty.rooftop
        streetUncertainty = settings.boundaryUncertainty.street
        manualUncertainty = settings.boundaryUncertainty.manual
        updatedAt = date
    }

    /// The settings this row stores.
    var settings: TenantSettings {
        TenantSettings(
            trashDayMode: trashDayMode, defaultTrashDay: defaultTrashDay,
            boundaryUncertainty: BoundaryUncertainty(rooftop: rooftopUncertainty, street: streetUncertainty, manual: manualUncertainty)
        )
    }
}

extension DerivableRequest<TenantSettingsRecord> {
    /// The settings of `tenant`.
    func tenant(_ tenant: String) -> Self {
        filter(TenantSettingsRecord.Columns.tenantID == tenant)
    }
}
