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

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from request: Request, context: TenantRequestContext) async throws -> Value {
        try decode(type, from: try await request.body.collect(upTo: context.maxUploadSize))
    }

    /// `buffer` decoded as `Value`; an empty body is 400 and a decoding failure names the field.
    static func decode<Value: Decodable>(_ type: Value.Type, from buffer: ByteBuffer) throws -> Value {
        guard buffer.readableBytes > 0 else { throw APIError.invalidJSON("the request needs a JSON body") }
        do {
            return try decoder.decode(Value.self, from: Data(buffer.readableBytesView))
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
