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
            var matcher = PointLineMatcher(index: index)
            var partial: [UInt8] = []
            var skippingLongLine = false

            func results(for lines: [Range<Int>], in bytes: [UInt8]) throws -> ByteBuffer {
                let (output, counts) = try bytes.withUnsafeBufferPointer { try matcher.results(for: lines, in: $0) }
                metrics.recordMatches(counts)
                return output
            }

            for try await chunk in request.body {
                var bytes = partial
                bytes.append(contentsOf: chunk.readableBytesView)
                var lines: [Range<Int>] = []
                var start = 0
                bytes.withUnsafeBufferPointer { buffer in
                    for position in buffer.indices where buffer[position] == UInt8(ascii: "\n") {
                        if skippingLongLine {
                            skippingLongLine = false
                        } else {
                            lines.append(start..<position)
                        }
                        start = position + 1
                    }
                }
                if bytes.count - start > Self.maximumLineLength, !skippingLongLine {
                    var output = try results(for: lines, in: bytes)
                    var error = try matcher.errorLine(code: "line_too_long", message: "a line is longer than \(Self.maximumLineLength) bytes")
                    output.writeBuffer(&error)
                    try await writer.write(output)
                    partial = []
                    skippingLongLine = true
                    continue
                }
                partial = skippingLongLine ? [] : Array(bytes[start...])
                if !lines.isEmpty { try await writer.write(try results(for: lines, in: bytes)) }
            }
            if !partial.isEmpty, !skippingLongLine { try await writer.write(try results(for: [0..<partial.count], in: partial)) }
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
