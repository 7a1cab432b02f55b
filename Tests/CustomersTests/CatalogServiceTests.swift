import Customers
import Foundation
import Testing

/// Service plans and route templates: what a new one must satisfy, its id and clock, and the references it makes.
@Suite("Catalog service")
struct CatalogServiceTests {
    let f = ServiceFixture()

    @Test("a plan gets an sp_ id, the clock's time, a lower-cased frequency and is active by default")
    func createPlan() async throws {
        let plan = try await f.catalog.createPlan(name: "  Gold  ", frequency: "Monthly", priceCents: 4200, isActive: nil, tenant: f.tenant)
        #expect(plan.id.hasPrefix("sp_") && plan.id.count == 19)
        #expect(plan.name == "Gold" && plan.frequency == "monthly" && plan.priceCents == 4200 && plan.isActive)
        #expect(plan.createdAt == f.clock.now() && plan.updatedAt == f.clock.now())
        #expect(try await f.catalog.servicePlans(tenant: f.tenant) == [plan])
        #expect(try await f.catalog.servicePlans(tenant: Catalog.otherTenant).isEmpty)
        let defaults = try await f.catalog.createPlan(name: "Basic", frequency: nil, priceCents: nil, isActive: false, tenant: f.tenant)
        #expect(defaults.frequency == "weekly" && defaults.priceCents == 0 && !defaults.isActive)
    }

    @Test("a plan without a name, with an unknown frequency or a negative price is refused and not stored")
    func refusedPlans() async throws {
        #expect(await invalidField { try await f.catalog.createPlan(name: " ", frequency: nil, priceCents: nil, isActive: nil, tenant: f.tenant) } == "name")
        #expect(await invalidField { try await f.catalog.createPlan(name: "A", frequency: "daily", priceCents: nil, isActive: nil, tenant: f.tenant) } == "frequency")
        #expect(await invalidField { try await f.catalog.createPlan(name: "A", frequency: nil, priceCents: -1, isActive: nil, tenant: f.tenant) } == "price_cents")
        #expect(try await f.catalog.servicePlans(tenant: f.tenant).isEmpty)
    }

    @Test("a template names the tenant's own plan and zone, a known weekday, and gets an rt_ id")
    func createTemplate() async throws {
        let template = try await f.catalog.createTemplate(
            name: "Friday - Valle", dayOfWeek: "FRIDAY", servicePlanID: "sp_weekly", serviceZoneID: "sz_valle", isActive: nil, tenant: f.tenant
        )
        #expect(template.id.hasPrefix("rt_") && template.dayOfWeek == "friday" && template.isActive)
        #expect(template.servicePlanID == "sp_weekly" && template.serviceZoneID == "sz_valle")
        #expect(try await f.catalog.routeTemplates(tenant: f.tenant) == [template])
        let loose = try await f.catalog.createTemplate(
            name: "Anywhere", dayOfWeek: "monday", servicePlanID: nil, serviceZoneID: nil, isActive: false, tenant: f.tenant
        )
        #expect(loose.servicePlanID == nil && loose.serviceZoneID == nil && !loose.isActive)
    }

    @Test("another tenant's plan or zone, or an unknown weekday, is refused before anything is stored")
    func refusedTemplates() async throws {
        #expect(await invalidField {
            try await f.catalog.createTemplate(name: "T", dayOfWeek: "monday", servicePlanID: "sp_gold", serviceZoneID: nil, isActive: nil, tenant: f.tenant)
        } == "service_plan_id")
        #expect(await invalidField {
            try await f.catalog.createTemplate(name: "T", dayOfWeek: "monday", servicePlanID: nil, serviceZoneID: "sz_other", isActive: nil, tenant: f.tenant)
        } == "service_zone_id")
        #expect(await invalidField {
            try await f.catalog.createTemplate(name: "T", dayOfWeek: "someday", servicePlanID: nil, serviceZoneID: nil, isActive: nil, tenant: f.tenant)
        } == "day_of_week")
        #expect(await invalidField {
            try await f.catalog.createTemplate(name: nil, dayOfWeek: "monday", servicePlanID: nil, serviceZoneID: nil, isActive: nil, tenant: f.tenant)
        } == "name")
        #expect(try await f.catalog.routeTemplates(tenant: f.tenant).isEmpty)
    }

    @Test("the stops of a template that is not the tenant's are not found")
    func stopsOfAnUnknownTemplate() async throws {
        await #expect(throws: CustomerError.notFound(kind: "route template", id: "rt_missing")) {
            try await f.catalog.stops(templateID: "rt_missing", tenant: f.tenant)
        }
        let template = try await f.catalog.createTemplate(
            name: "Monday", dayOfWeek: "monday", servicePlanID: nil, serviceZoneID: nil, isActive: nil, tenant: f.tenant
        )
        #expect(try await f.catalog.stops(templateID: template.id, tenant: f.tenant).isEmpty)
        await #expect(throws: CustomerError.notFound(kind: "route template", id: template.id)) {
            try await f.catalog.stops(templateID: template.id, tenant: Catalog.otherTenant)
        }
    }
}
