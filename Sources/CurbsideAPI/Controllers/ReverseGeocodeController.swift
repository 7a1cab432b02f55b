import Geocoding
import Geodesy
import Hummingbird

/// `GET /reverse-geocode?lat=&lng=`: the address at a point, from the offline data.
struct ReverseGeocodeController {
    let geocoder: OfflineGeocoder

    var routes: RouteCollection<TenantRequestContext> {
        let routes = RouteCollection(context: TenantRequestContext.self)
        routes.get(use: reverse)
        return routes
    }

    @Sendable func reverse(_ request: Request, context: TenantRequestContext) async throws -> Response {
        _ = try context.requireTenant()
        let query = FormQuery(request)
        let point = GeoPoint(latitude: try Self.coordinate(query, "lat", range: -90...90), longitude: try Self.coordinate(query, "lng", range: -180...180))
        guard let found = geocoder.reverse(point) else {
            throw APIError(.notFound, code: "address_not_found", message: "no street, address point or ZIP code is near \(point.latitude), \(point.longitude)")
        }
        return try JSONBody.response(found)
    }

    /// The number `name` holds, within `range`.
    static func coordinate(_ query: FormQuery, _ name: String, range: ClosedRange<Double>) throws -> Double {
        guard let text = query[name], !text.isEmpty else {
            throw APIError.validation("\(name) is required (GET /reverse-geocode?lat=30.2747&lng=-97.7404)")
        }
        guard let value = Double(text), value.isFinite else { throw APIError.validation("\(name) must be a number, not \"\(text)\"") }
        guard range.contains(value) else {
            throw APIError.validation("\(name) must be between \(Int(range.lowerBound)) and \(Int(range.upperBound)), not \(text)")
        }
        return value
    }
}
