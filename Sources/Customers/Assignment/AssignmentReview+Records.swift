extension AssignmentReview {
    /// Assesses `property` as the tenant's zones and settings stand in `store`'s transaction.
    func assess(_ property: inout Property, in store: any CustomerReading) throws {
        let uncertainty = try store.tenantSettings(tenant: property.tenantID).boundaryUncertainty
        property.quality = assess(Subject(property), tenant: property.tenantID, uncertainty: uncertainty)
    }

    /// Assesses `customer`'s own placement as the tenant's zones and settings stand in `store`'s transaction.
    func assess(_ customer: inout Customer, in store: any CustomerReading) throws {
        let uncertainty = try store.tenantSettings(tenant: customer.tenantID).boundaryUncertainty
        customer.quality = assess(Subject(customer), tenant: customer.tenantID, uncertainty: uncertainty)
    }
}

extension AssignmentReview.Subject {
    public init(_ property: Property) {
        self.init(lat: property.lat, lng: property.lng, status: property.geocodeStatus, zoneID: property.serviceZoneID, quality: property.quality)
    }

    public init(_ customer: Customer) {
        self.init(lat: customer.lat, lng: customer.lng, status: customer.geocodeStatus, zoneID: customer.serviceZoneID, quality: customer.quality)
    }
}
