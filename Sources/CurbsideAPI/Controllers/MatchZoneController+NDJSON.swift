import Foundation
import Hummingbird
import ZoneIndex

extension MatchZoneController {
    /// The longest NDJSON line accepted, in bytes.
    static let maximumLineLength = 64 << 10

    /// Matches one point per request line and writes one result per line as the lines arrive, in order,
    /// holding only one chunk of the body at a time. A bad line gets an error line and the stream goes on.
    func streamNDJSON(_ request: Request, index: ZoneIndex) -> Response {
        let metrics = self.metrics
        let body = ResponseBody { writer in
            var partial: [UInt8] = []
            var lineNumber = 0
            var skippingLongLine = false
            let decoder = JSONDecoder()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]

            func results(for lines: [ArraySlice<UInt8>]) throws -> ByteBuffer {
                var output = ByteBuffer()
                var methods: [MatchMethod] = []
                for line in lines {
                    lineNumber += 1
                    let trimmed = line.drop { $0 == 32 || $0 == 9 || $0 == 13 }
                    if trimmed.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                    var id: FlexibleID?
                    do {
                        let point = try decoder.decode(PointRequest.self, from: Data(line))
                        id = point.id
                        guard point.lat != nil || point.lng != nil || point.zip != nil else { throw APIError.validation(Self.emptyPoint) }
                        let match = try index.match(lat: point.lat, lng: point.lng, zip: point.zip)
                        methods.append(match.method)
                        MatchResultJSON.append(id: id, match: match, to: &output)
                    } catch {
                        output.writeBytes(try encoder.encode(LineError(id: id, line: lineNumber, error: Self.describe(error))))
                    }
                    output.writeInteger(UInt8(ascii: "\n"))
                }
                metrics.recordMatches(methods)
                return output
            }

            for try await chunk in request.body {
                var lines: [ArraySlice<UInt8>] = []
                var bytes = partial
                bytes.append(contentsOf: chunk.readableBytesView)
                var start = 0
                while let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
                    if skippingLongLine {
                        skippingLongLine = false
                    } else {
                        lines.append(bytes[start..<newline])
                    }
                    start = newline + 1
                }
                partial = Array(bytes[start...])
                if partial.count > Self.maximumLineLength, !skippingLongLine {
                    lineNumber += 1
                    let error = LineError(id: nil, line: lineNumber, error: .init(code: "line_too_long", message: "a line is longer than \(Self.maximumLineLength) bytes"))
                    var output = try results(for: lines)
                    output.writeBytes(try encoder.encode(error))
                    output.writeInteger(UInt8(ascii: "\n"))
                    try await writer.write(output)
                    partial = []
                    skippingLongLine = true
                    continue
                }
                if skippingLongLine { partial = [] }
                if !lines.isEmpty { try await writer.write(try results(for: lines)) }
            }
            if !partial.isEmpty, !skippingLongLine { try await writer.write(try results(for: [partial[...]])) }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "application/x-ndjson"], body: body)
    }

    struct LineError: Encodable {
        struct Detail: Encodable {
            var code: String
            var message: String
        }

        var id: FlexibleID?
        var line: Int
        var error: Detail
    }

    static func describe(_ error: any Error) -> LineError.Detail {
        switch error {
        case let error as DecodingError:
            let apiError = DecodingFailure.apiError(error)
            return .init(code: apiError.code, message: apiError.message)
        case let error as APIError:
            return .init(code: error.code, message: error.message)
        case let error as ZoneQueryError:
            return .init(code: "validation_failed", message: error.description)
        default:
            return .init(code: "internal_error", message: "the point could not be matched")
        }
    }
}
