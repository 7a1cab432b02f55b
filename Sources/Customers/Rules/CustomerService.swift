import Foundation
import Zones
import Geocoding

/// What happens when customers and properties are created, changed and deleted.
public struct CustomerService: Sendable {
    let repository: any CustomerRepository
    let placer: Placer
    /// Assesses every record written: boundary distance, review reasons, assignment.
    let review: AssignmentReview
    let now: @Sendable () -> Date
    /// Whether new customers with an e-mail get a Stripe customer (a Stripe key is configured).
    let stripeEnabled: Bool

    public init(
        repository: any CustomerRepository, locator: any AddressLocating, zones: any ZoneMatching,
        stripeEnabled: Bool = false, normalizer: AddressNormalizer = AddressNormalizer(), now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.repository = repository
        self.placer = Placer(locator: locator, zones: zones, normalizer: normalizer)
        self.review = AssignmentReview(zones: zones)
        self.stripeEnabled = stripeEnabled
        self.now = now
    }

    /// Creates a customer; with an address, also its first property, geocoded and zone-matched. The welcome e-mail,
    /// the Stripe customer and any geocoding still to do are queued in the same transaction.
    public func createCustomer(_ input: CustomerInput, tenant: String) async throws -> CustomerSummary {
        let draft = try await draft(input, tenant: tenant)
        let stripe = stripeEnabled
        let id = try await repository.write { store in try draft.insert(in: store, stripe: stripe, review: review) }
        // Read once committed, so a store that serializes a tenant's writes holds the tenant only while writing.
        guard let summary = try await repository.read({ try $0.customerSummary(id: id, tenant: tenant) }) else {
            throw CustomerError.notFound(kind: "customer", id: id)
        }
        return summary
    }

    /// `input` checked, geocoded and zone-matched: everything about a new customer that needs no transaction.
    func draft(_ input: CustomerInput, tenant: String) async throws -> CustomerDraft {
        guard let name = FieldRules.composedName(name: input.name, firstName: input.firstName, lastName: input.lastName) else {
            throw CustomerError.invalid(field: "name", reason: "is required (or first_name and last_name)")
        }
        let email = try FieldRules.email(input.email)
        let status = try FieldRules.billingStatus(input.billingStatus) ?? .pending
        let trashDay = try FieldRules.trashDay(input.trashDay)
        let address = FieldRules.trimmed(input.address)
        let zoneID = FieldRules.trimmed(input.serviceZoneID)
        if address == nil { try Self.checkCoordinates(lat: input.lat, lng: input.lng) }
        let placement: Placement? = if let address {
            try await placer.place(address: address, lat: input.lat, lng: input.lng, zoneID: zoneID, tenant: tenant)
        } else {
            nil
        }
        let date = now()
        var customer = Customer(id: FieldRules.newID("cus_"), tenantID: tenant, name: name, billingStatus: status, createdAt: date, updatedAt: date)
        let split = FieldRules.trimmed(input.name) != nil && input.firstName == nil && input.lastName == nil ? FieldRules.split(name) : (nil, nil)
        customer.firstName = FieldRules.trimmed(input.firstName) ?? split.0
        customer.lastName = FieldRules.trimmed(input.lastName) ?? split.1
        customer.email = email
        customer.phone = FieldRules.trimmed(input.phone)
        customer.address = address
        customer.addressKey = placement?.addressKey
        customer.lat = placement?.lat ?? (address == nil ? input.lat : nil)
        customer.lng = placement?.lng ?? (address == nil ? input.lng : nil)
        customer.geocodeStatus = placement?.status
        customer.quality = placement?.quality ?? (customer.lat == nil ? .unknown : PlacementQuality(precision: .manual, source: "manual"))
        if placement == nil, zoneID != nil { customer.quality.method = .manual }
        customer.servicePlanID = FieldRules.trimmed(input.servicePlanID)
        customer.serviceZoneID = placement?.zoneID ?? zoneID
        customer.notes = input.notes
        customer.customFieldsJSON = try FieldRules.customFields(input.customFieldsJSON)
        customer.enrolledAt = input.enrolledAt ?? (status == .active ? date : nil)
        return CustomerDraft(
            customer: customer, placement: placement, trashDay: trashDay, trashPickupTime: FieldRules.trimmed(input.trashPickupTime),
            planName: FieldRules.trimmed(input.servicePlanName), zoneName: zoneID == nil ? FieldRules.trimmed(input.serviceZoneName) : nil
        )
    }

    /// Fails unless the coordinates are both absent, or both present and on the globe.
    static func checkCoordinates(lat: Double?, lng: Double?) throws(CustomerError) {
        if let lat, let lng { try Placer.validate(lat: lat, lng: lng) } else if (lat == nil) != (lng == nil) {
            throw .invalid(field: lat == nil ? "lat" : "lng", reason: "is required with the other coordinate")
        }
    }

    /// Fails unless the plan and zone `checks` were read for, when given, exist.
    static func checkReferences(_ checks: WriteChecks, plan: String?, zone: String?) throws {
        if let plan, !checks.planExists {
            throw CustomerError.invalid(field: "service_plan_id", reason: "names no service plan (\(plan))")
        }
        if let zone, !checks.zoneExists {
            throw CustomerError.invalid(field: "service_zone_id", reason: "names no service zone (\(zone))")
        }
    }

    /// The day given, else the tenant's default day when `settings` assign days uniformly.
    static func trashDay(_ given: String?, settings: TenantSettings) -> String? {
        given ?? (settings.trashDayMode == .uniform ? settings.defaultTrashDay : nil)
    }

    /// Fails unless the plan and zone, when given, exist in the tenant.
    static func checkReferences(plan: String?, zone: String?, tenant: String, in store: any CustomerReading) throws {
        guard plan != nil || zone != nil else { return }
        try checkReferences(store.writeChecks(plan: plan, zone: zone, tenant: tenant), plan: plan, zone: zone)
    }

    /// The day given, else the tenant's default day when it assigns days uniformly.
    static func trashDay(_ given: String?, tenant: String, in store: any CustomerReading) throws -> String? {
        if let given { return given }
        return trashDay(nil, settings: try store.tenantSettings(tenant: tenant))
    }

    /// Makes the property a stop of the template serving its zone and plan, and of no other; an inactive property,
    /// or one without both, is a stop of none.
    static func syncTemplate(_ property: Property, in store: any CustomerWriting) throws {
        try store.deactivateTemplateStops(propertyID: property.id, tenant: property.tenantID)
        guard property.isActive, let zone = property.serviceZoneID, let plan = property.servicePlanID,
              let template = try store.routeTemplateID(zoneID: zone, planID: plan, tenant: property.tenantID) else { return }
        try store.activateTemplateStop(templateID: template, propertyID: property.id, tenant: property.tenantID)
    }
}
