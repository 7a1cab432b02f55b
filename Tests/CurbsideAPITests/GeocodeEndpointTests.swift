import Foundation
import Geocoding
import Hummingbird
import HummingbirdTesting
import Testing

/// A provider that is always down.
struct DownProvider: GeocodingProvider {
    let name = "down"
    let requestsPerSecond: Double? = nil
    let cachePolicy = GeocodeCachePolicy(persistent: true, timeToLive: .seconds(60), notFoundTimeToLive: .seconds(60))

    func geocode(_ address: ParsedAddress) async throws(ProviderFailure) -> GeocodeResult? {
        throw .serverError(status: 503, retryAfter: .seconds(40))
    }
}

@Suite("/geocode")
struct GeocodeEndpointTests {
    @Test func getAndPostLocateAnAddress() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/geocode?address=456%20Oak%20Ave%2C%20Austin%2C%20TX%2078702", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                #expect(response.body.json["precision"] as? String == "postcode")
                #expect(response.body.json["postcode"] as? String == "78702")
                #expect(response.body.json["cached"] as? Bool == false)
            }
            try await client.execute(uri: "/geocode", method: .post, headers: headers, body: #"{"address":"456 OAK AVENUE AUSTIN TEXAS 78702"}"#.buffer) { response in
                #expect(response.status == .ok)
                #expect(response.body.json["cached"] as? Bool == true)
            }
        }
    }

    @Test func unknownOrUnparseableAddressesGet422() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/geocode?address=hello", method: .get, headers: headers) {
                #expect($0.status == .unprocessableContent && errorCode($0.body) == "address_unparseable")
            }
            try await client.execute(uri: "/geocode", method: .post, headers: headers, body: #"{"address":"1 Main St, Xyzzyville, TX"}"#.buffer) {
                #expect($0.status == .unprocessableContent && errorCode($0.body) == "address_not_found")
            }
            try await client.execute(uri: "/geocode", method: .get, headers: headers) {
                #expect($0.status == .unprocessableContent && errorMessage($0.body).contains("address"))
            }
            try await client.execute(uri: "/geocode", method: .post, headers: headers, body: #"{"address":42}"#.buffer) {
                #expect($0.status == .unprocessableContent && errorMessage($0.body).contains("address"))
            }
        }
    }

    @Test func aProviderThatIsDownGets503WithRetryAfter() async throws {
        let service = try await TestService(provider: DownProvider(), retry: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(1), maxDelay: .milliseconds(2), maxRetryAfter: .seconds(30)))
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/geocode?address=1%20Main%20St%2C%20Austin%2C%20TX", method: .get, headers: headers) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "40")
                #expect(errorCode(response.body) == "geocoder_unavailable")
            }
        }
    }
}
