import Foundation
import Zones

/// A customer of a tenant: the person or business billed for service.
public struct Customer: Sendable, Equatable, Codable {
    public var id: String
    public var tenantID: String
    /// The display name; composed from first and last name when those are given.
    public var name: String
    public var firstName: String?
    public var lastName: String?
    public var email: String?
    public var phone: String?
    /// The service address as given.
    public var address: String?
    /// The canonical form of `address`, for duplicate detection.
    public var addressKey: String?
    public var lat: Double?
    public var lng: Double?
    public var servicePlanID: String?
    public var serviceZoneID: String?
    public var billingStatus: BillingStatus
    public var notes: String?
    /// Vertical-specific fields, stored as given.
    public var customFieldsJSON: JSONValue?
    public var enrolledAt: Date?
    public var stripeCustomerID: String?
    /// Whether the address still waits for coordinates.
    public var geocodeStatus: GeocodeStatus?
    /// How the address was placed and how far the zone can be trusted (its first property's, for the list).
    public var quality = PlacementQuality.unknown
    /// Set when the customer is soft-deleted.
    public var deletedAt: Date?
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: String, tenantID: String, name: String, billingStatus: BillingStatus = .pending, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.tenantID = tenantID
        self.name = name
        self.billingStatus = billingStatus
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// Where a customer is in billing.
public enum BillingStatus: String, Sendable, Codable, CaseIterable {
    case active, pending, paused, canceled
}

/// Whether an address has its coordinates yet.
public enum GeocodeStatus: String, Sendable, Codable, CaseIterable {
    /// Coordinates come from the geocoder.
    case located
    /// Coordinates were given by the caller.
    case manual
    /// The geocoder was unavailable; the outbox worker will try again.
    case pending
    /// The geocoder found nothing for the address.
    case notFound = "not_found"
    /// The geocoder found only a region or country for the address: no coordinates are kept, as for `notFound`.
    case tooCoarse = "too_coarse"
}

/// A customer row as lists show it: with its plan and zone names and how many properties it has.
public struct CustomerSummary: Sendable, Equatable {
    public var customer: Customer
    public var servicePlanName: String?
    public var serviceZoneName: String?
    public var propertyCount: Int

    public init(customer: Customer, servicePlanName: String?, serviceZoneName: String?, propertyCount: Int) {
        self.customer = customer
        self.servicePlanName = servicePlanName
        self.serviceZoneName = serviceZoneName
        self.propertyCount = propertyCount
    }
}
