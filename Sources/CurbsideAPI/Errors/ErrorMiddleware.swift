import Customers
import Foundation
import Geocoding
import Hummingbird
import Logging
import NIOCore
import ZoneIndex
import Zones

/// Turns every error a route throws into an `APIError` response, and a path that exists under
/// other methods into 405 with `Allow`.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Every route, for telling 405 from 404.
    let routes: @Sendable () -> RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let apiError = translate(error, request: request, logger: context.logger)
            return try apiError.response(from: request, context: context)
        }
    }

    private static var bodyTooLarge: APIError {
        APIError(.contentTooLarge, code: "body_too_large", message: "the request body is larger than \(TenantRequestContext.maximumBodySize) bytes")
    }

    private func translate(_ error: any Error, request: Request, logger: Logger) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as DecodingError:
            return DecodingFailure.apiError(error)
        case let error as ZoneQueryError:
            return .validation(error.description)
        case let error as CustomerError:
            switch error {
            case .invalid: return .validation(error.description)
            case .notFound: return .notFound(error.description)
            }
        case let error as ZoneError:
            switch error {
            case .invalid: return .validation(error.description)
            case .invalidBoundary: return APIError(.unprocessableContent, code: "invalid_boundary", message: error.description)
            case .notFound: return .notFound(error.description)
            case .duplicateID: return .conflict(error.description)
            case .fileProblems(let problems):
                return APIError(
                    .unprocessableContent, code: "invalid_zone_file", message: error.description,
                    problems: problems.map {
                        APIError.Problem(featureIndex: $0.featureIndex, featureID: $0.featureID, message: $0.message, repairable: $0.repairable)
                    }
                )
            case .unreadableFile: return APIError(.unprocessableContent, code: "unreadable_zone_file", message: error.description)
            case .versionNotFound, .draftNotFound: return .notFound(error.description)
            case .staleDraft: return APIError(.conflict, code: "stale_draft", message: error.description)
            case .notCancelable: return APIError(.conflict, code: "version_not_scheduled", message: error.description)
            case .noVersionAt: return APIError(.unprocessableContent, code: "no_zone_version", message: error.description)
            }
        case is NIOTooManyBytesError:
            return Self.bodyTooLarge
        case let error as HTTPError:
            if error.status == .notFound {
                let allowed = routes().allowedMethods(path: request.uri.path).map(\.rawValue)
                if !allowed.isEmpty {
                    let allow = Array(Set(allowed)).sorted().joined(separator: ", ")
                    return APIError(
                        .methodNotAllowed, code: "method_not_allowed",
                        message: "\(request.method.rawValue) is not allowed on \(request.uri.path); use \(allow)",
                        headers: [.allow: allow]
                    )
                }
                return .notFound("no route \(request.method.rawValue) \(request.uri.path)")
            }
            if error.status == .contentTooLarge { return Self.bodyTooLarge }
            let code = error.status.reasonPhrase.lowercased().replacingOccurrences(of: " ", with: "_")
            return APIError(error.status, code: code, message: error.body ?? error.status.reasonPhrase, headers: error.headers)
        default:
            logger.error("unhandled error on \(request.method) \(request.uri.path): \(String(reflecting: error))")
            return .internalError
        }
    }
}

/// A JSON decoding failure described by the field at fault.
enum DecodingFailure {
    static func apiError(_ error: DecodingError) -> APIError {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return .invalidJSON("the body is not valid JSON")
        case .dataCorrupted(let context):
            return .validation("\(field(context.codingPath)): \(context.debugDescription)")
        case .keyNotFound(let key, let context):
            return .validation("\(field(context.codingPath + [key])) is required")
        case .typeMismatch(let type, let context):
            return .validation("\(field(context.codingPath)) must be \(describe(type))")
        case .valueNotFound(let type, let context):
            return .validation("\(field(context.codingPath)) must be \(describe(type)), not null")
        @unknown default:
            return .invalidJSON("the body cannot be read")
        }
    }

    /// `points[3].lat` for a coding path.
    static func field(_ path: [any CodingKey]) -> String {
        guard !path.isEmpty else { return "the body" }
        var text = ""
        for key in path {
            if let index = key.intValue { text += "[\(index)]" } else { text += text.isEmpty ? key.stringValue : "." + key.stringValue }
        }
        return text
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Float.Type: "a number"
        case is Int.Type: "an integer"
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is [Any].Type: "an array"
        default: "an object"
        }
    }
}
