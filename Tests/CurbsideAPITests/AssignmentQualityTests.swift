import CurbsideAPI
import Foundation
import Geocoding
import Geodesy
import Hummingbird
import HummingbirdTesting
import Testing

/// A provider that finds every address on a rooftop at one point.
struct RooftopProvider: GeocodingProvider {
    let name = "rooftop"
    let requestsPerSecond: Double? = nil
    let cachePolicy = GeocodeCachePolicy(persistent: false, timeToLive: .seconds(60), notFoundTimeToLive: .seconds(60))
    var point: GeoPoint

    func geocode(_ address: ParsedAddress) async throws(ProviderFailure) -> GeocodeResult? {
        GeocodeResult(lat: point.latitude, lng: point.longitude, formattedAddress: address.key, postcode: address.zip, precision: .rooftop, source: "mapbox", confidence: 0.95)
    }
}

/// How far each property's zone can be trusted, over HTTP, on either store: each reason on a property built to have it,
/// the review queue, the tenant's uncertainties, zone changes and the start-up back-fill.
@Suite("Assignment quality")
struct AssignmentQualityTests {
    /// 5 m east of the west edge of tenant `other`'s square (x = -97.7904), inside it.
    static let fiveMetresInside = Geodesic.wgs84.destination(from: GeoPoint(latitude: 30.2747, longitude: -97.7904), bearing: 90, distance: 5)

    /// Creates a customer with `body` and returns its first property.
    static func createProperty(_ client: some TestClientProtocol, headers: HTTPFields, body: String) async throws -> [String: Any] {
        let customer: [String: Any] = try await client.execute(uri: "/api/customers", method: .post, headers: headers, body: body.buffer) {
            #expect($0.status == .created, "\($0.body.text)")
            return $0.body.json
        }
        let id = customer["id"] as? String ?? ""
        return try await client.execute(uri: "/api/customers/\(id)/properties", method: .get, headers: headers) {
            ($0.body.json["data"] as? [[String: Any]])?.first ?? [:]
        }
    }

    @Test("a rooftop point 5 m inside a boundary is near_boundary, with its geodesic distance")
    func nearBoundary() async throws {
        let service = try await TestService(provider: RooftopProvider(point: Self.fiveMetresInside))
        let headers = try await service.headers("other")
        try await service.app.test(.router) { client in
            let property = try await Self.createProperty(client, headers: headers, body: #"{"name":"Pat","address":"1 Edge Rd, Austin, TX 78703"}"#)
            #expect(property["service_zone_id"] as? String == "sz_other_square")
            #expect(property["geocode_precision"] as? String == "rooftop" && property["geocode_source"] as? String == "mapbox")
            #expect(property["geocode_confidence"] as? Double == 0.95 && property["zone_match_method"] as? String == "polygon")
            let distance = try #require(property["boundary_distance_m"] as? Double)
            #expect(abs(distance - 5) <= 0.1, "\(distance)")
            #expect(property["assignment"] as? String == "review" && property["assignment_reasons"] as? [String] == ["near_boundary"])
        }
    }

    @Test("an address found only by its ZIP is zip_only; a point in the airport hole with no ZIP is outside_zones")
    func zipOnlyAndOutside() async throws {
        let service = try await TestService(provider: CoarseProvider(precision: .country))
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            let zipOnly = try await Self.createProperty(client, headers: headers, body: #"{"name":"Pat","address":"1100 E 6th St, Austin, TX 78702"}"#)
            #expect(zipOnly["zone_match_method"] as? String == "zip" && zipOnly["service_zone_id"] as? String == "sz_east_austin")
            #expect(zipOnly["assignment_reasons"] as? [String] == ["zip_only"] && zipOnly["boundary_distance_m"] is NSNull)
            let hole = try await Self.createProperty(client, headers: headers, body: #"{"name":"Airport","address":"3600 Presidential Blvd, Austin, TX","lat":30.1975,"lng":-97.6664}"#)
            #expect(hole["service_zone_id"] is NSNull && hole["zone_match_method"] as? String == "none")
            #expect(hole["geocode_precision"] as? String == "manual")
            #expect(hole["assignment"] as? String == "review" && hole["assignment_reasons"] as? [String] == ["outside_zones"])
            #expect((hole["boundary_distance_m"] as? Double ?? 0) > 100, "the airport hole's edge is far from its middle")
        }
    }

    @Test("a zone edited so its property falls outside marks it zone_mismatch; the review queue lists it; a pin resolves it")
    func zoneEdited() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            let downtown = try await Self.createProperty(client, headers: headers, body: #"{"name":"Capitol","address":"1100 Congress Ave, Austin, TX 78701","lat":30.2747,"lng":-97.7404}"#)
            #expect(downtown["service_zone_id"] as? String == "sz_downtown_core" && downtown["assignment"] as? String == "confident")
            let moved = #"{"name":"Downtown Core","priority":10,"zip_codes":["78701"],"boundary":"# + ServiceZoneTests.square(lng: -90, lat: 45, half: 0.5) + "}"
            try await client.execute(uri: "/api/service-zones/sz_downtown_core", method: .put, headers: headers, body: moved.buffer) {
                #expect($0.status == .ok, "\($0.body.text)")
            }
            let queue: [String: Any] = try await client.execute(uri: "/api/properties?assignment=review", method: .get, headers: try await service.headers(role: .viewer)) {
                #expect($0.status == .ok, "\($0.body.text)")
                return $0.body.json
            }
            let rows = queue["data"] as? [[String: Any]] ?? []
            #expect(queue["total"] as? Int == 1 && rows.first?["id"] as? String == downtown["id"] as? String)
            #expect(rows.first?["customer_name"] as? String == "Capitol")
            #expect(rows.first?["assignment_reasons"] as? [String] == ["zone_mismatch"])
            let id = downtown["id"] as? String ?? ""
            try await client.execute(uri: "/api/properties/\(id)", method: .put, headers: headers, body: #"{"lat":30.2672,"lng":-97.7331}"#.buffer) {
                #expect($0.status == .ok, "\($0.body.text)")
                #expect($0.body.json["service_zone_id"] as? String == "sz_east_austin" && $0.body.json["geocode_precision"] as? String == "manual")
                #expect($0.body.json["assignment"] as? String == "confident", "\($0.body.text)")
            }
            try await client.execute(uri: "/api/properties/\(id)", method: .put, headers: headers, body: #"{"service_zone_id":"sz_central_austin"}"#.buffer) {
                #expect($0.body.json["zone_match_method"] as? String == "manual" && $0.body.json["assignment"] as? String == "confident")
            }
            try await client.execute(uri: "/api/properties?reason=elsewhere", method: .get, headers: headers) {
                #expect($0.status == .badRequest && errorMessage($0.body).contains("reason must be one of"))
            }
        }
    }

    @Test("the tenant's uncertainty for a manual point decides near_boundary, and changing it assesses every property again")
    func tenantUncertainty() async throws {
        let service = try await TestService()
        let headers = try await service.headers("other")
        let point = Geodesic.wgs84.destination(from: GeoPoint(latitude: 30.2747, longitude: -97.7904), bearing: 90, distance: 20)
        try await service.app.test(.router) { client in
            let property = try await Self.createProperty(client, headers: headers, body: #"{"name":"Pat","address":"1 Edge Rd, Austin, TX","lat":\#(point.latitude),"lng":\#(point.longitude)}"#)
            #expect(property["assignment"] as? String == "confident")
            try await client.execute(uri: "/api/tenant/settings", method: .put, headers: headers, body: #"{"boundary_uncertainty_m":{"manual":25}}"#.buffer) {
                #expect($0.status == .ok, "\($0.body.text)")
                #expect(($0.body.json["boundary_uncertainty_m"] as? [String: Double]) == ["rooftop": 15, "street": 60, "manual": 25])
            }
            try await client.execute(uri: "/api/properties?assignment=review&reason=near_boundary", method: .get, headers: headers) {
                #expect(($0.body.json["data"] as? [[String: Any]])?.first?["id"] as? String == property["id"] as? String)
            }
            try await client.execute(uri: "/api/tenant/settings", method: .put, headers: headers, body: #"{"boundary_uncertainty_m":{"street":-1}}"#.buffer) {
                #expect($0.status == .unprocessableContent && errorMessage($0.body).contains("boundary_uncertainty_m.street"))
            }
            try await client.execute(uri: "/api/tenant/settings", method: .put, headers: headers, body: #"{"boundary_uncertainty_m":{"roof_top":5,"street":null}}"#.buffer) {
                #expect($0.status == .unprocessableContent && errorMessage($0.body).contains("boundary_uncertainty_m.roof_top"), "\($0.body.text)")
            }
            try await client.execute(uri: "/api/tenant/settings", method: .put, headers: headers, body: #"{"boundary_uncertainty_m":{"street":null}}"#.buffer) {
                #expect($0.status == .ok && ($0.body.json["boundary_uncertainty_m"] as? [String: Double])?["street"] == 60, "null keeps the value")
            }
        }
    }

    @Test("rows from before the assessments were kept are assessed on the next start")
    func backFill() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        let id: String = try await service.app.test(.router) { client in
            try await Self.createProperty(client, headers: headers, body: #"{"name":"Capitol","address":"1100 Congress Ave, Austin, TX 78701","lat":30.2747,"lng":-97.7404}"#)["id"] as? String ?? ""
        }
        try await service.execute([
            "UPDATE properties SET geocode_precision = NULL, geocode_source = NULL, zone_match_method = NULL, boundary_distance_m = NULL, assignment = NULL",
            "UPDATE customers SET assignment = NULL",
        ])
        #expect(try await service.strings("SELECT COALESCE(assignment, 'none') FROM properties WHERE id = '\(id)'") == ["none"])
        _ = try await CurbsideServices(storage: service.services.storage, geocoder: service.services.geocoder, authority: service.services.authority)
        #expect(try await service.strings("SELECT assignment || ' ' || zone_match_method FROM properties WHERE id = '\(id)'") == ["confident polygon"])
    }
}
