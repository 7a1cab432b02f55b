import Foundation
import Hummingbird

/// The `…_at` fields of a JSON or NDJSON response body that are not timestamps in the one form the API gives
/// them: RFC 3339 in UTC to the second (`2026-12-03T07:18:29Z`), or null.
///
/// Custom fields (`custom_fields_json`) are the client's own JSON, kept as given, and are not looked into.
enum TimestampFields {
    /// Each wrong field of `body` as its path and value, such as `invoices[0].paid_at = "2026-03-01 12:00:00.000"`;
    /// `lines` reads the body as NDJSON, one JSON value a line.
    static func problems(in body: ByteBuffer, lines: Bool) -> [String] {
        let data = Data(body.readableBytesView)
        guard data.range(of: marker) != nil else { return [] }
        guard lines else { return problems(inJSON: data) }
        var problems: [String] = []
        for (number, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            problems += self.problems(inJSON: Data(line)).map { "line \(number + 1): \($0)" }
        }
        return problems
    }

    /// Whether `text` is a timestamp in the API's form.
    static func isTimestamp(_ text: String) -> Bool {
        text.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z/) != nil
    }

    /// Whether a body of content type `contentType` is JSON or NDJSON, and which.
    static func kind(ofContentType contentType: String) -> (json: Bool, lines: Bool) {
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return (mediaType.hasSuffix("json"), mediaType.hasSuffix("ndjson"))
    }

    private static let marker = Data(#"_at""#.utf8)

    private static func problems(inJSON data: Data) -> [String] {
        guard let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return [] }
        var problems: [String] = []
        walk(value, path: "", into: &problems)
        return problems
    }

    private static func walk(_ value: Any, path: String, into problems: inout [String]) {
        if let object = value as? [String: Any] {
            for (key, member) in object.sorted(by: { $0.key < $1.key }) where key != "custom_fields_json" {
                let memberPath = path.isEmpty ? key : "\(path).\(key)"
                if key.hasSuffix("_at"), !(member is NSNull), !((member as? String).map(isTimestamp) ?? false) {
                    problems.append("\(memberPath) = \(describe(member))")
                }
                walk(member, path: memberPath, into: &problems)
            }
        } else if let array = value as? [Any] {
            for (index, element) in array.enumerated() { walk(element, path: "\(path)[\(index)]", into: &problems) }
        }
    }

    private static func describe(_ value: Any) -> String {
        guard JSONSerialization.isValidJSONObject([value]),
              let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]) else { return "\(value)" }
        return String(decoding: data, as: UTF8.self)
    }
}
