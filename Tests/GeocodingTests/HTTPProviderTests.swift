import CurbsideStore
import Foundation
import GRDB
@testable import Geocoding
import Testing

@Suite("HTTP providers against loopback stubs")
struct HTTPProviderTests {
    let address = try! AddressNormalizer().parse("1600 Pennsylvania Avenue Northwest, Washington, DC 20500")

    @Test("a match in the documented format is read", arguments: ProviderCase.all)
    func success(provider: ProviderCase) async throws {
        try await withStubServer(path: provider.path, responses: [StubResponse(body: provider.successBody)]) { url, log in
            let result = try await provider.make(url, .seconds(30)).geocode(address)
            #expect(result == provider.expected)
            let request = try #require(log.all.first)
            #expect(request.path == provider.path)
            for (name, value) in provider.requiredQuery { #expect(request.query[name] == value, "query \(name)") }
        }
    }

    @Test("an empty result is not found", arguments: ProviderCase.all)
    func empty(provider: ProviderCase) async throws {
        try await withStubServer(path: provider.path, responses: [StubResponse(body: provider.emptyBody)]) { url, _ in
            let result = try await provider.make(url, .seconds(30)).geocode(address)
            #expect(result == nil)
        }
    }

    @Test("401 is refused credentials", arguments: ProviderCase.all)
    func unauthorized(provider: ProviderCase) async throws {
        let body = #"{"message":"Not Authorized - Invalid Token"}"#
        try await withStubServer(path: provider.path, responses: [StubResponse(status: .unauthorized, body: body)]) { url, _ in
            await #expect(throws: ProviderFailure.unauthorized("HTTP 401: Not Authorized - Invalid Token")) {
                try await provider.make(url, .seconds(30)).geocode(address)
            }
        }
    }

    @Test("429 carries Retry-After", arguments: ProviderCase.all)
    func rateLimited(provider: ProviderCase) async throws {
        let stub = StubResponse(status: .tooManyRequests, body: #"{"message":"Too Many Requests"}"#, headers: ["Retry-After": "7"])
        try await withStubServer(path: provider.path, responses: [stub]) { url, _ in
            await #expect(throws: ProviderFailure.rateLimited(retryAfter: .seconds(7))) {
                try await provider.make(url, .seconds(30)).geocode(address)
            }
        }
    }

    @Test("500 is a server error", arguments: ProviderCase.all)
    func serverError(provider: ProviderCase) async throws {
        try await withStubServer(path: provider.path, responses: [StubResponse(status: .internalServerError, body: "oops")]) { url, _ in
            await #expect(throws: ProviderFailure.serverError(status: 500, retryAfter: nil)) {
                try await provider.make(url, .seconds(30)).geocode(address)
            }
        }
    }

    @Test("a slow answer is a timeout", arguments: ProviderCase.all)
    func timeout(provider: ProviderCase) async throws {
        let slow = StubResponse(body: provider.successBody, delay: .seconds(2))
        try await withStubServer(path: provider.path, responses: [slow]) { url, _ in
            await #expect(throws: ProviderFailure.timeout) { try await provider.make(url, .milliseconds(300)).geocode(address) }
        }
    }

    @Test("garbage is a bad response", arguments: ProviderCase.all)
    func garbage(provider: ProviderCase) async throws {
        try await withStubServer(path: provider.path, responses: [StubResponse(body: "<html>maintenance</html>")]) { url, _ in
            await #expect(throws: ProviderFailure.self) { try await provider.make(url, .seconds(30)).geocode(address) }
        }
    }

    @Test("the geocoder retries a 429 after Retry-After and a 500, then caches", arguments: ProviderCase.all)
    func geocoderRecovers(provider: ProviderCase) async throws {
        let responses = [
            StubResponse(status: .tooManyRequests, headers: ["Retry-After": "1"]),
            StubResponse(status: .internalServerError),
            StubResponse(body: provider.successBody),
        ]
        try await withStubServer(path: provider.path, responses: responses) { url, log in
            let geocoder = Geocoder(provider: provider.make(url, .seconds(30)), cache: try GeocodeCache(database: DatabaseQueue()), retryPolicy: quickRetries)
            let started = ContinuousClock.now
            let result = try await geocoder.geocode("1600 Pennsylvania Ave NW, Washington, DC 20500")
            #expect(ContinuousClock.now - started >= .seconds(1))
            #expect(result.lat == provider.expected.lat && !result.cached)
            #expect(log.all.count == 3)
            let again = try await geocoder.geocode("1600 PENNSYLVANIA AVENUE NW WASHINGTON DC 20500")
            #expect(again.cached)
            #expect(log.all.count == 3)
        }
    }

    @Test func nominatimSendsAnIdentifyingUserAgent() async throws {
        try await withStubServer(path: "/search", responses: [StubResponse(body: "[]")]) { url, log in
            _ = try await ProviderCase.nominatim.make(url, .seconds(5)).geocode(address)
            #expect(log.all.first?.userAgent == "CurbsideTests/1.0 (tests@example.com)")
        }
    }

    @Test func temporaryMapboxGeocodesStayInMemory() {
        #expect(MapboxGeocoder(accessToken: "t", permanent: false).cachePolicy.persistent == false)
        #expect(MapboxGeocoder(accessToken: "t", permanent: true).cachePolicy.persistent)
    }

    @Test func mapboxWithoutATokenIsRefusedBeforeAnyRequest() async {
        await #expect(throws: ProviderFailure.self) { try await MapboxGeocoder(accessToken: "").geocode(address) }
    }

    @Test func retryAfterAcceptsHTTPDatesAndMapboxResetHeaders() {
        let now = Date(timeIntervalSince1970: 1_445_412_460)  // Wed, 21 Oct 2015 07:27:40 GMT
        #expect(RetryAfter.parse([("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT")], now: now) == .seconds(20))
        #expect(RetryAfter.parse([("X-Rate-Limit-Reset", "1445412490")], now: now) == .seconds(30))
        #expect(RetryAfter.parse([("Retry-After", "soon")], now: now) == nil)
    }
}
