import Customers
import Foundation
import Hummingbird

/// `GET /api/properties` (the tenant-wide list and review queue), `PUT /api/properties/{id}` and
/// `DELETE /api/properties/{id}` and `GET /api/properties/{id}/zone-history`.
struct PropertyController {
    let service: CustomerService
    let territory: TerritoryService

    var routes: RouteCollection<TenantRequestContext> {
        let routes = RouteCollection(context: TenantRequestContext.self)
        routes.get(use: list)
        routes.put("{id}", use: update)
        routes.delete("{id}", use: delete)
        routes.get("{id}/zone-history", use: zoneHistory)
        return routes
    }

    @Sendable func list(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let parameters = FormQuery(request)
        var query = PropertyQuery()
        (query.page, query.limit) = try PageBody<PropertyBody>.paging(parameters)
        query.assignment = try Self.choice(parameters["assignment"], name: "assignment", of: Assignment.self)
        query.reason = try Self.choice(parameters["reason"], name: "reason", of: AssignmentReason.self)
        query.zoneID = parameters["zone_id"].flatMap { $0.isEmpty ? nil : $0 }
        query.customerID = parameters["customer_id"].flatMap { $0.isEmpty ? nil : $0 }
        let (rows, total) = try await service.propertyList(query, tenant: tenant)
        return try JSONBody.response(PageBody(data: rows.map(PropertyBody.init(listing:)), total: total, page: query.page, limit: query.limit))
    }

    /// The value of an enumerated query parameter; nil when absent or empty.
    static func choice<Value: RawRepresentable<String> & CaseIterable>(_ text: String?, name: String, of type: Value.Type) throws -> Value? {
        guard let text, !text.isEmpty else { return nil }
        guard let value = Value(rawValue: text) else {
            throw APIError.badQuery("\(name) must be one of \(Value.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    @Sendable func update(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let changes = try await JSONBody.decode(PropertyChanges.self, from: request, context: context)
        let property = try await service.updateProperty(id: try context.parameters.require("id"), changes: changes, tenant: tenant)
        return try JSONBody.response(PropertyBody(summary: property))
    }

    @Sendable func delete(_ request: Request, context: TenantRequestContext) async throws -> Response {
        try await service.deleteProperty(id: try context.parameters.require("id"), tenant: try context.requireTenant())
        return try JSONBody.response(["success": true])
    }

    /// The property's zone over time, as zone versions changed it.
    @Sendable func zoneHistory(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let history = try await territory.zoneHistory(propertyID: try context.parameters.require("id"), tenant: try context.requireTenant())
        return try JSONBody.response(ZoneHistoryBody(history))
    }
}

/// A property's zone history as the API shows it.
struct ZoneHistoryBody: Encodable {
    var propertyID: String
    var currentZoneID: String?
    var data: [Period]

    struct Period: Encodable {
        var zoneID: String?
        var from: Date?
        var until: Date?
        var versionID: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(zoneID, forKey: .zoneID)
            try container.encode(from, forKey: .from)
            try container.encode(until, forKey: .until)
            try container.encode(versionID, forKey: .versionID)
        }

        enum CodingKeys: String, CodingKey {
            case zoneID = "zone_id", from, until, versionID = "version_id"
        }
    }

    init(_ history: PropertyZoneHistory) {
        propertyID = history.propertyID
        currentZoneID = history.currentZoneID
        data = history.periods.map { Period(zoneID: $0.zoneID, from: $0.from, until: $0.until, versionID: $0.versionID) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(propertyID, forKey: .propertyID)
        try container.encode(currentZoneID, forKey: .currentZoneID)
        try container.encode(data, forKey: .data)
    }

    enum CodingKeys: String, CodingKey {
        case propertyID = "property_id", currentZoneID = "current_zone_id", data
    }
}
