import Foundation
import Zones

/// A physical service location of a customer.
public struct Property: Sendable, Equatable, Codable {
    public var id: String
    public var tenantID: String
    public var customerID: String
    public var address: String
    public var addressKey: String?
    public var lat: Double?
    public var lng: Double?
    public var servicePlanID: String?
    public var serviceZoneID: String?
    public var binCount: Int
    public var binSize: String?
    public var binLocation: String?
    public var trashDay: String?
    public var trashPickupTime: String?
    public var notes: String?
    public var isActive: Bool
    public var geocodeStatus: GeocodeStatus?
    /// How it was placed and how far its zone can be trusted.
    public var quality = PlacementQuality.unknown
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: String, tenantID: String, customerID: String, address: String, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.tenantID = tenantID
        self.customerID = customerID
        self.address = address
        self.binCount = 1
        self.isActive = true
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// A property as the API shows it: with its plan and zone names.
public struct PropertySummary: Sendable, Equatable {
    public var property: Property
    public var servicePlanName: String?
    public var serviceZoneName: String?

    public init(property: Property, servicePlanName: String?, serviceZoneName: String?) {
        self.property = property
        self.servicePlanName = servicePlanName
        self.serviceZoneName = serviceZoneName
    }
}

/// How a tenant assigns trash days.
public enum TrashDayMode: String, Sendable, Codable, CaseIterable {
    /// Each property has its own day.
    case perProperty = "per_property"
    /// New properties without a day get the tenant's default day.
    case uniform
}

/// A tenant's settings.
public struct TenantSettings: Sendable, Equatable, Codable {
    public var trashDayMode: TrashDayMode
    public var defaultTrashDay: String?
    /// How close to a zone boundary a point of each precision is `near_boundary`.
    public var boundaryUncertainty: BoundaryUncertainty

    public init(trashDayMode: TrashDayMode = .perProperty, defaultTrashDay: String? = nil, boundaryUncertainty: BoundaryUncertainty = .standard) {
        self.trashDayMode = trashDayMode
        self.defaultTrashDay = defaultTrashDay
        self.boundaryUncertainty = boundaryUncertainty
    }

    enum CodingKeys: String, CodingKey {
        case trashDayMode = "trash_day_mode", defaultTrashDay = "default_trash_day", boundaryUncertainty = "boundary_uncertainty_m"
    }
}
