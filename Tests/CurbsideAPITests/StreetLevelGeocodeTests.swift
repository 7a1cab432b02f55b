import Foundation
import Geocoding
import Geodesy
import Hummingbird
import HummingbirdTesting
import Testing

/// `/geocode` at street level and `/reverse-geocode`, from address ranges held in the database (either store).
@Suite("Street-level and reverse geocoding")
struct StreetLevelGeocodeTests {
    /// Congress Ave, 1100–1198 (east) and 1101–1199 (west), heading north in 78701.
    static let edge = StreetEdge(id: 10001, points: [
        GeoPoint(latitude: 30.2740, longitude: -97.7420), GeoPoint(latitude: 30.2760, longitude: -97.7415),
    ])

    static func ranges() throws -> [StreetRange] {
        let street = try AddressNormalizer().parse("1 Congress Ave")
        return [
            StreetRange(edgeID: edge.id, side: .left, street: street, from: 1101, to: 1199, parity: .odd, zip: "78701"),
            StreetRange(edgeID: edge.id, side: .right, street: street, from: 1100, to: 1198, parity: .even, zip: "78701"),
        ]
    }

    /// A service whose offline geocoder answers from the database's ranges, with one county imported.
    static func service() async throws -> TestService {
        let streets = StreetRangeLibrary()
        let service = try await TestService(provider: OfflineGeocoder(streets: streets), streets: streets)
        let county = TigerCounty(code: "48453", source: "tl_2024_48453_addrfeat.zip", edges: 1, ranges: 2, importedAt: Date())
        try await service.services.storage.streetRanges.replaceCounty(county, edges: [edge], ranges: try ranges())
        #expect(try await streets.refresh(from: service.services.storage.streetRanges))
        #expect(try await !streets.refresh(from: service.services.storage.streetRanges))
        return service
    }

    @Test func geocodeAnswersFromTheImportedRanges() async throws {
        let service = try await Self.service()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/geocode?address=1150%20Congress%20Ave%2C%20Austin%2C%20TX%2078701", method: .get, headers: headers) {
                #expect($0.status == .ok)
                #expect($0.body.json["precision"] as? String == "street")
                #expect($0.body.json["source"] as? String == "tiger")
                #expect($0.body.json["formatted_address"] as? String == "1150 CONGRESS AVE, AUSTIN, TX 78701")
            }
        }
    }

    @Test func reverseGeocodeNamesTheHouseOnThePointsSideOfTheStreet() async throws {
        let service = try await Self.service()
        let headers = try await service.headers(json: false)
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/reverse-geocode?lat=30.275&lng=-97.7416", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                let body = response.body.json
                #expect(body["precision"] as? String == "street" && body["source"] as? String == "tiger")
                #expect(body["street"] as? String == "CONGRESS AVE" && body["postcode"] as? String == "78701")
                let number = Int(body["number"] as? String ?? "") ?? 0
                #expect(number % 2 == 0 && (1140...1160).contains(number))
                #expect((body["address"] as? String)?.hasSuffix("CONGRESS AVE, AUSTIN, TX 78701") == true)
                #expect((body["distance_m"] as? Double ?? 100) < 20)
            }
            // West of the street: an odd number.
            try await client.execute(uri: "/reverse-geocode?lat=30.275&lng=-97.7419", method: .get, headers: headers) {
                #expect((Int($0.body.json["number"] as? String ?? "") ?? 0) % 2 == 1)
            }
            // Far from any street: the nearest ZIP, with every key present.
            try await client.execute(uri: "/reverse-geocode?lat=30.2428&lng=-97.7658", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                #expect(response.body.json["precision"] as? String == "postcode" && response.body.json["postcode"] as? String == "78704")
                #expect(response.body.json.keys.contains("street") && response.body.json["street"] is NSNull)
            }
            try await client.execute(uri: "/reverse-geocode?lat=48.85&lng=2.35", method: .get, headers: headers) {
                #expect($0.status == .notFound && errorCode($0.body) == "address_not_found")
            }
        }
    }

    @Test(arguments: ["lat=91&lng=0", "lat=0&lng=-181", "lat=abc&lng=0", "lng=0", "lat=0", "lat=nan&lng=0", ""])
    func badCoordinatesGet422(_ query: String) async throws {
        let service = try await TestService()
        let headers = try await service.headers(json: false)
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/reverse-geocode?" + query, method: .get, headers: headers) {
                #expect($0.status == .unprocessableContent && errorCode($0.body) == "validation_failed")
            }
            try await client.execute(uri: "/reverse-geocode?lat=30&lng=-97", method: .get) {
                #expect($0.status == .unauthorized)
            }
        }
    }
}
