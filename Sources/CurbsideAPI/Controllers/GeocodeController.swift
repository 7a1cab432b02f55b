import Foundation
import Geocoding
import Hummingbird

/// `GET /geocode?address=…` and `POST /geocode {"address"}`.
struct GeocodeController {
    let geocoder: Geocoder

    var routes: RouteCollection<TenantRequestContext> {
        let routes = RouteCollection(context: TenantRequestContext.self)
        routes.get(use: geocodeQuery)
        routes.post(use: geocodeBody)
        return routes
    }

    struct GeocodeRequest: Decodable {
        var address: String
    }

    @Sendable func geocodeQuery(_ request: Request, context: TenantRequestContext) async throws -> Response {
        _ = try context.requireTenant()
        guard let address = FormQuery(request)["address"] else {
            throw APIError.validation("address is required (GET /geocode?address=…)")
        }
        return try await geocode(address)
    }

    @Sendable func geocodeBody(_ request: Request, context: TenantRequestContext) async throws -> Response {
        _ = try context.requireTenant()
        let body = try await JSONBody.decode(GeocodeRequest.self, from: request, context: context)
        return try await geocode(body.address)
    }

    private func geocode(_ address: String) async throws -> Response {
        let result: GeocodeResult
        do { result = try await geocoder.geocode(address) } catch { throw Self.apiError(error) }
        return try JSONBody.response(result)
    }

    static func apiError(_ error: GeocodingError) -> APIError {
        switch error {
        case .unparseable(let parse):
            return APIError(.unprocessableContent, code: "address_unparseable", message: parse.description)
        case .notFound:
            return APIError(.unprocessableContent, code: "address_not_found", message: error.description)
        case .providerUnavailable(_, let retryAfter, _):
            let seconds = max(1, Int((retryAfter.map { Double($0.components.seconds) } ?? 30).rounded(.up)))
            return APIError(.serviceUnavailable, code: "geocoder_unavailable", message: error.description, headers: [.retryAfter: String(seconds)])
        case .unauthorized, .badResponse:
            return APIError(.badGateway, code: "geocoder_failed", message: error.description)
        }
    }
}
