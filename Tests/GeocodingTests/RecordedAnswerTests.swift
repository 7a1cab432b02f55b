import CurbsideStore
import Foundation
import GRDB
@testable import Geocoding
import Testing

/// The hosted providers' clients fed answers of the real services, and of each documented kind, from a loopback
/// stand-in.
@Suite("Provider answers read with their precision")
struct RecordedAnswerTests {
    let address = try! AddressNormalizer().parse("740 15th St NW, Washington, DC 20005")

    /// A Mapbox answer recorded by Mapbox, and what the client must read from it.
    struct MapboxCase: Sendable, CustomTestStringConvertible {
        var name: String
        var body: String
        var expected: GeocodeResult
        var testDescription: String { name }
    }

    static let mapboxCases = [
        MapboxCase(name: "a country only", body: RecordedMapboxAnswers.countryOnly, expected: GeocodeResult(
            lat: 39.3812661305678, lng: -97.9222112121185, formattedAddress: "United States", postcode: nil, precision: .country,
            source: "mapbox", confidence: 0.5
        )),
        MapboxCase(name: "a rooftop address", body: RecordedMapboxAnswers.rooftopAddress, expected: GeocodeResult(
            lat: 38.899929, lng: -77.03394, formattedAddress: "740 15th Street Northwest, Washington, District of Columbia 20005, United States",
            postcode: "20005", precision: .rooftop, source: "mapbox", confidence: 1
        )),
        MapboxCase(name: "an interpolated address", body: RecordedMapboxAnswers.interpolatedAddress, expected: GeocodeResult(
            lat: 38.899496, lng: -76.983637, formattedAddress: "740 15th Street Northeast, Washington, District of Columbia 20002, United States",
            postcode: "20002", precision: .street, source: "mapbox", confidence: 0.7
        )),
        MapboxCase(name: "a street", body: RecordedMapboxAnswers.street, expected: GeocodeResult(
            lat: 38.94566, lng: -77.034265, formattedAddress: "15th Street Northwest, Washington, District of Columbia 20011, United States",
            postcode: "20011", precision: .street, source: "mapbox", confidence: 0.5
        )),
        MapboxCase(name: "a proximate address point", body: RecordedMapboxAnswers.proximateAddress, expected: GeocodeResult(
            lat: 38.899496, lng: -76.983637, formattedAddress: "740 15th Street Northeast, Washington, District of Columbia 20002, United States",
            postcode: "20002", precision: .rooftop, source: "mapbox", confidence: 0.4
        )),
    ]

    @Test("Mapbox answers recorded by Mapbox are read exactly, with their precision", arguments: mapboxCases)
    func mapbox(answer: MapboxCase) async throws {
        try await withStubServer(path: ProviderCase.mapbox.path, responses: [StubResponse(body: answer.body)]) { url, _ in
            let result = try await ProviderCase.mapbox.make(url, .seconds(30)).geocode(address)
            #expect(result == answer.expected)
        }
    }

    @Test("each kind of Nominatim result is read with its precision", arguments: NominatimAnswer.all)
    func nominatim(answer: NominatimAnswer) async throws {
        try await withStubServer(path: ProviderCase.nominatim.path, responses: [StubResponse(body: answer.body)]) { url, _ in
            let answered = try await ProviderCase.nominatim.make(url, .seconds(30)).geocode(address)
            let result = try #require(answered)
            #expect(result.precision == answer.expected)
            #expect(result.lat == answer.lat && result.lng == answer.lng)
            #expect(result.postcode == answer.postcode && result.formattedAddress == answer.displayName)
        }
    }

    @Test("a Nominatim answer without place_rank is not a jsonv2 answer")
    func nominatimWithoutRank() async throws {
        let body = #"[{"lat":"39.0483","lon":"-95.6781","display_name":"Topeka","category":"place","type":"city"}]"#
        try await withStubServer(path: ProviderCase.nominatim.path, responses: [StubResponse(body: body)]) { url, _ in
            await #expect(throws: ProviderFailure.self) { try await ProviderCase.nominatim.make(url, .seconds(30)).geocode(address) }
        }
    }

    @Test("a country-only answer is a geocode answer like any other: returned, and cached, with its precision")
    func countryOnlyThroughTheGeocoder() async throws {
        try await withStubServer(path: ProviderCase.mapbox.path, responses: [StubResponse(body: RecordedMapboxAnswers.countryOnly)]) { url, log in
            let geocoder = Geocoder(provider: ProviderCase.mapbox.make(url, .seconds(30)), cache: try GeocodeCache(database: DatabaseQueue()))
            let first = try await geocoder.geocode(address)
            let again = try await geocoder.geocode(address)
            #expect(first.precision == .country && !first.precision.locatesAnAddress && !first.cached)
            #expect(again.precision == .country && again.cached && again.lat == first.lat)
            #expect(log.all.count == 1)
        }
    }
}
