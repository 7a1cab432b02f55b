import Customers
import Foundation
import Geocoding
import Hummingbird
import HummingbirdTesting
import Testing

/// A provider that finds every address only to a region or country: the centre of the United States, in Kansas.
struct CoarseProvider: GeocodingProvider {
    let name = "coarse"
    let requestsPerSecond: Double? = nil
    let cachePolicy = GeocodeCachePolicy(persistent: true, timeToLive: .seconds(60), notFoundTimeToLive: .seconds(60))
    var precision: GeocodePrecision

    func geocode(_ address: ParsedAddress) async throws(ProviderFailure) -> GeocodeResult? {
        GeocodeResult(
            lat: 39.3812661305678, lng: -97.9222112121185, formattedAddress: "United States", postcode: nil, precision: precision,
            source: "mapbox", confidence: 0.5
        )
    }
}

@Suite("Geocode answers coarser than a city")
struct CoarseGeocodeTests {
    @Test("GET /geocode returns a region or country answer as it is", arguments: [GeocodePrecision.region, .country])
    func geocodeEndpoint(precision: GeocodePrecision) async throws {
        let service = try await TestService(provider: CoarseProvider(precision: precision))
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/geocode?address=1100%20Congress%20Ave%2C%20Austin%2C%20TX%2078701", method: .get, headers: headers) {
                #expect($0.status == .ok)
                #expect($0.body.json["precision"] as? String == precision.rawValue)
                #expect($0.body.json["lat"] as? Double == 39.3812661305678)
            }
        }
    }

    @Test("a customer and property whose address is found only to its country are kept without a point, too_coarse, zoned by ZIP")
    func customerTooCoarse() async throws {
        let service = try await TestService(provider: CoarseProvider(precision: .country))
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            let customer: [String: Any] = try await client.execute(uri: "/api/customers", method: .post, headers: headers,
                body: #"{"name":"Pat Doe","address":"1100 E 6th St, Austin, TX 78702"}"#.buffer) {
                #expect($0.status == .created, "\($0.body.text)")
                return $0.body.json
            }
            #expect(customer["geocode_status"] as? String == "too_coarse")
            #expect(customer["lat"] is NSNull && customer["lng"] is NSNull)
            #expect(customer["service_zone_id"] as? String == "sz_east_austin")
            let id = customer["id"] as? String ?? ""
            let properties: [[String: Any]] = try await client.execute(uri: "/api/customers/\(id)/properties", method: .get, headers: headers) {
                $0.body.json["data"] as? [[String: Any]] ?? []
            }
            #expect(properties.count == 1)
            #expect(properties.first?["geocode_status"] as? String == "too_coarse" && properties.first?["lat"] is NSNull)
            #expect(properties.first?["service_zone_id"] as? String == "sz_east_austin")
        }
    }

    @Test("the OpenAPI document lists every precision and every geocode status")
    func openAPIEnums() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        let document: [String: Any] = try await service.app.test(.router) { client in
            try await client.execute(uri: "/openapi.json", method: .get, headers: headers) { $0.body.json }
        }
        let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: [String: Any]])
        func property(_ schema: String, _ name: String) -> [String: Any]? {
            (schemas[schema]?["properties"] as? [String: Any])?[name] as? [String: Any]
        }
        #expect(property("GeocodeResult", "precision")?["enum"] as? [String] == ["rooftop", "street", "postcode", "city", "region", "country"])
        let statuses = ["located", "manual", "pending", "not_found", "too_coarse"]
        for schema in ["Customer", "Property"] {
            let values = try #require(property(schema, "geocode_status")?["enum"] as? [Any], "\(schema)")
            #expect(values.compactMap { $0 as? String } == statuses, "\(schema)")
            #expect(values.count == statuses.count + 1 && values.last is NSNull, "\(schema)")
        }
    }
}
