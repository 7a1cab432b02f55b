import NIOCore

extension MatchResultJSON {
    /// Appends `"id":…,` to a byte array; the same bytes as the `ByteBuffer` version.
    static func appendIDMember(_ id: FlexibleID, to output: inout [UInt8]) {
        output.append(contentsOf: "\"id\":".utf8)
        switch id {
        case .string(let text):
            if text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                var buffer = ByteBuffer()
                appendString(text, to: &buffer)
                output.append(contentsOf: buffer.readableBytesView)
            } else {
                output.append(UInt8(ascii: "\""))
                output.append(contentsOf: text.utf8)
                output.append(UInt8(ascii: "\""))
            }
        case .number(let number):
            if number.rounded() == number, abs(number) < 1e15 {
                appendInteger(Int64(number), to: &output)
            } else {
                output.append(contentsOf: String(number).utf8)
            }
        }
        output.append(UInt8(ascii: ","))
    }

    /// Appends the decimal digits of `value`, as `String(value)` writes them.
    static func appendInteger(_ value: Int64, to output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var at = buffer.count
            repeat {
                at -= 1
                buffer[at] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            output.append(contentsOf: buffer[at...])
        }
    }
}
