import Customers
import Geocoding
import Testing

/// What the rules are told of an address the geocoder answered with each precision, or could not answer.
@Suite("Locating an address through the geocoder")
struct GeocoderLocatorTests {
    /// A provider that answers every address with one result, or fails with one failure.
    struct FixedProvider: GeocodingProvider {
        let name = "fixed"
        let requestsPerSecond: Double? = nil
        let cachePolicy = GeocodeCachePolicy(persistent: false, timeToLive: .seconds(60), notFoundTimeToLive: .seconds(60))
        let answer: Result<GeocodeResult?, ProviderFailure>

        func geocode(_ address: ParsedAddress) async throws(ProviderFailure) -> GeocodeResult? { try answer.get() }
    }

    /// Where `address` is when the provider answers `answer`.
    func locate(_ answer: Result<GeocodeResult?, ProviderFailure>, address: String = "1200 SW Topeka Blvd, Topeka, KS 66612") async throws -> AddressLocation {
        let retries = RetryPolicy(maxAttempts: 1, baseDelay: .milliseconds(1), maxDelay: .milliseconds(1), maxRetryAfter: .seconds(1))
        let geocoder = Geocoder(provider: FixedProvider(answer: answer), cache: GeocodeCache(store: nil), retryPolicy: retries)
        return await GeocoderLocator(geocoder: geocoder).locate(try AddressNormalizer().parse(address))
    }

    /// A result at the centre of the United States, with `precision`.
    static func kansas(_ precision: GeocodePrecision, postcode: String? = nil) -> GeocodeResult {
        GeocodeResult(
            lat: 39.3812661305678, lng: -97.9222112121185, formattedAddress: "United States", postcode: postcode, precision: precision,
            source: "fixed", confidence: 0.5
        )
    }

    @Test("city precision or finer locates the address", arguments: [GeocodePrecision.rooftop, .street, .postcode, .city])
    func located(precision: GeocodePrecision) async throws {
        let location = try await locate(.success(Self.kansas(precision, postcode: "67410")))
        let quality = PlacementQuality(precision: PlacementPrecision(rawValue: precision.rawValue), source: "fixed", confidence: 0.5)
        #expect(location == .located(lat: 39.3812661305678, lng: -97.9222112121185, zip: "67410", quality: quality))
    }

    @Test("a region or country answer is too coarse: its point is not passed on", arguments: [GeocodePrecision.region, .country])
    func tooCoarse(precision: GeocodePrecision) async throws {
        #expect(try await locate(.success(Self.kansas(precision))) == .tooCoarse)
    }

    @Test("no answer is not found; a provider down or refusing is unavailable")
    func failures() async throws {
        #expect(try await locate(.success(nil)) == .notFound)
        #expect(try await locate(.failure(.serverError(status: 503, retryAfter: nil))) == .unavailable)
        #expect(try await locate(.failure(.unauthorized("bad token"))) == .unavailable)
    }
}
