import Foundation
import Hummingbird

/// Reading and writing JSON bodies, with decoding failures turned into errors that name the field.
enum JSONBody {
    /// ISO-8601 dates in UTC, keys sorted.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// Dates as RFC 3339 date-times or full dates; any other text is an error at the field's own coding
    /// path, so the answer names the field.
    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            if let date = date(text) { return date }
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "must be an RFC 3339 date-time such as 2026-03-01T09:30:00Z, or a date such as 2026-03-01"
            )
        }
        return decoder
    }

    static func date(_ text: String) -> Date? { RFC3339Date.parse(text) }

    static func decode<Value: Decodable>(_ type: Value.Type, from request: Request, context: TenantRequestContext) async throws -> Value {
        try decode(type, from: try await request.body.collect(upTo: context.maxUploadSize))
    }

    /// `buffer` decoded as `Value`; an empty body is 400 and a decoding failure names the field.
    static func decode<Value: Decodable>(_ type: Value.Type, from buffer: ByteBuffer) throws -> Value {
        guard buffer.readableBytes > 0 else { throw APIError.invalidJSON("the request needs a JSON body") }
        let data = Data(buffer.readableBytesView)
        do {
            return try decoder.decode(Value.self, from: data)
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            guard let paths = UnfitNumbers.paths(in: data) else { throw APIError.invalidJSON("the body is not valid JSON") }
            let fields = paths.isEmpty ? "a value in the body" : paths.count == 1 ? paths[0] : "one of \(paths.joined(separator: ", "))"
            throw APIError.validation("\(fields) does not fit its field: integer fields take whole numbers within ±9.2 × 10^18")
        } catch let error as DecodingError {
            throw DecodingFailure.apiError(error)
        }
    }

    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        var headers = headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }
}
