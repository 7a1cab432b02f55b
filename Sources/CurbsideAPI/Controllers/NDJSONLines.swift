#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore

/// Cuts an NDJSON body into complete lines as its chunks arrive, carrying a partial line over to the next chunk
/// and dropping (without holding them) lines that grow longer than a limit before they end.
struct NDJSONLines {
    /// Complete lines: ranges of `bytes` without their line breaks, or nil for a line dropped for its length.
    struct Piece: Sendable {
        var bytes: [UInt8]
        var lines: [Range<Int>?]
    }

    let maximumLineLength: Int
    private var partial: [UInt8] = []
    private var skippingLongLine = false

    init(maximumLineLength: Int) {
        self.maximumLineLength = maximumLineLength
    }

    /// The lines completed by `chunk`.
    mutating func append(_ chunk: ByteBuffer) -> Piece {
        var bytes = partial
        bytes.append(contentsOf: chunk.readableBytesView)
        var lines: [Range<Int>?] = []
        var start = 0
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            while start < buffer.count, let found = memchr(base + start, 0x0A, buffer.count - start) {
                let lineBreak = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                if skippingLongLine {
                    skippingLongLine = false
                } else {
                    lines.append(start..<lineBreak)
                }
                start = lineBreak + 1
            }
        }
        if bytes.count - start > maximumLineLength, !skippingLongLine {
            partial = []
            skippingLongLine = true
            bytes.removeSubrange(start...)
            lines.append(nil)
            return Piece(bytes: bytes, lines: lines)
        }
        partial = skippingLongLine ? [] : Array(bytes[start...])
        bytes.removeSubrange(start...)
        return Piece(bytes: bytes, lines: lines)
    }

    /// The last line, when the body does not end with a line break.
    mutating func finish() -> Piece? {
        defer { partial = [] }
        guard !partial.isEmpty, !skippingLongLine else { return nil }
        return Piece(bytes: partial, lines: [0..<partial.count])
    }
}
