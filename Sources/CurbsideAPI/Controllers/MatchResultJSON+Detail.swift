import NIOCore
import ZoneIndex

extension MatchResultJSON {
    /// Appends a detailed result with sorted keys, as `JSONEncoder` would: `boundary_distance_m`, `id` (when given),
    /// `method`, then for a zip or none answer to a point `nearest_distance_m`, `nearest_zone_id` and
    /// `nearest_zone_name`, then `zone_id` and `zone_name`. Metres are rounded to 0.1 m.
    static func append(id: FlexibleID?, detail: ZoneMatchDetail, hasPoint: Bool, to buffer: inout ByteBuffer) {
        buffer.writeStaticString("{\"boundary_distance_m\":")
        appendMetres(detail.boundaryDistance, to: &buffer)
        buffer.writeStaticString(",")
        if let id { appendIDMember(id, to: &buffer) }
        buffer.writeStaticString("\"method\":\"")
        buffer.writeString(detail.match.method.rawValue)
        buffer.writeStaticString("\"")
        if hasPoint && detail.match.method != .polygon {
            buffer.writeStaticString(",\"nearest_distance_m\":")
            appendMetres(detail.nearestDistance, to: &buffer)
            buffer.writeStaticString(",\"nearest_zone_id\":")
            appendString(detail.nearestZone?.id, to: &buffer)
            buffer.writeStaticString(",\"nearest_zone_name\":")
            appendString(detail.nearestZone?.name, to: &buffer)
        }
        buffer.writeStaticString(",\"zone_id\":")
        appendString(detail.match.zone?.id, to: &buffer)
        buffer.writeStaticString(",\"zone_name\":")
        appendString(detail.match.zone?.name, to: &buffer)
        buffer.writeStaticString("}")
    }

    /// Appends `metres` to one decimal place (`1234.5`), or `null`.
    static func appendMetres(_ metres: Double?, to buffer: inout ByteBuffer) {
        guard let metres, metres.isFinite else {
            buffer.writeStaticString("null")
            return
        }
        let tenths = Int64((max(0, metres) * 10).rounded())
        appendInteger(tenths / 10, to: &buffer)
        buffer.writeInteger(UInt8(ascii: "."))
        buffer.writeInteger(UInt8(ascii: "0") + UInt8(tenths % 10))
    }

    private static func appendString(_ text: String?, to buffer: inout ByteBuffer) {
        if let text { JSONStringLiteral.append(text, to: &buffer) } else { buffer.writeStaticString("null") }
    }
}
