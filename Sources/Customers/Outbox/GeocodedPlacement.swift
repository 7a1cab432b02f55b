import Foundation
import Zones

/// The outcome of geocoding, later, the address of a property or customer whose geocoder was down when it was saved:
/// what the outbox worker writes back.
public struct GeocodedPlacement: Sendable, Equatable {
    public var tenantID: String
    /// The property (`prop_…`) or customer (`cus_…`) geocoded.
    public var subjectID: String
    /// The address geocoded; the placement is dropped if the record's address has changed since.
    public var address: String
    public var lat: Double?
    public var lng: Double?
    /// `located`; `notFound` when the geocoder knows no such address; `tooCoarse` when it found only the address's
    /// region or country (both without coordinates).
    public var status: GeocodeStatus
    /// The zone matched for the point (or ZIP); used only when the record has no zone.
    public var zoneID: String?
    /// How the point and the zone were found.
    public var quality: PlacementQuality
    /// Assesses the record as written; nil leaves its assessment as it was.
    public var review: AssignmentReview?

    public init(
        tenantID: String, subjectID: String, address: String, lat: Double?, lng: Double?, status: GeocodeStatus, zoneID: String?,
        quality: PlacementQuality = .unknown, review: AssignmentReview? = nil
    ) {
        self.tenantID = tenantID
        self.subjectID = subjectID
        self.address = address
        self.lat = lat
        self.lng = lng
        self.status = status
        self.zoneID = zoneID
        self.quality = quality
        self.review = review
    }

    /// Equal when they place the same record the same way (the review is how, not what).
    public static func == (lhs: Self, rhs: Self) -> Bool {
        (lhs.tenantID, lhs.subjectID, lhs.address, lhs.lat, lhs.lng) == (rhs.tenantID, rhs.subjectID, rhs.address, rhs.lat, rhs.lng)
            && (lhs.status, lhs.zoneID) == (rhs.status, rhs.zoneID) && lhs.quality == rhs.quality
    }

    /// The record's quality once placed: how it was found, the zone method kept when the record keeps its zone.
    private func placedQuality(_ current: PlacementQuality, keepsZone: Bool) -> PlacementQuality {
        var quality = self.quality
        if keepsZone { quality.method = current.method }
        return quality
    }

    /// Writes the placement onto the property or customer, inside the caller's transaction: coordinates and status,
    /// the zone when the record has none, and, for a property, its route-template stop. A property's customer still
    /// pending at the same address (saved with its first property) is placed too. Returns false, writing nothing,
    /// when the record is gone, no longer pending, or has another address by now.
    public func apply(in store: any CustomerWriting, at date: Date) throws -> Bool {
        if var property = try store.property(id: subjectID, tenant: tenantID) {
            guard property.geocodeStatus == .pending, property.address == address else { return false }
            property.lat = lat
            property.lng = lng
            property.geocodeStatus = status
            property.quality = placedQuality(property.quality, keepsZone: property.serviceZoneID != nil)
            property.serviceZoneID = property.serviceZoneID ?? zoneID
            property.updatedAt = date
            try review?.assess(&property, in: store)
            try store.update(property)
            try CustomerService.syncTemplate(property, in: store)
            _ = try placeCustomer(id: property.customerID, in: store, at: date)
            return true
        }
        return try placeCustomer(id: subjectID, in: store, at: date)
    }

    /// Writes the placement onto the customer when it is still pending at `address`.
    private func placeCustomer(id: String, in store: any CustomerWriting, at date: Date) throws -> Bool {
        guard var customer = try store.customer(id: id, tenant: tenantID, includingDeleted: true),
              customer.geocodeStatus == .pending, customer.address == address else { return false }
        customer.lat = lat
        customer.lng = lng
        customer.geocodeStatus = status
        customer.quality = placedQuality(customer.quality, keepsZone: customer.serviceZoneID != nil)
        customer.serviceZoneID = customer.serviceZoneID ?? zoneID
        customer.updatedAt = date
        try review?.assess(&customer, in: store)
        try store.update(customer)
        return true
    }
}
