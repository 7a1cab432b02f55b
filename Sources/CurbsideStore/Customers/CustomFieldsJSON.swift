import Customers
import Foundation

/// The text form of custom fields in the `custom_fields_json` column.
enum CustomFieldsJSON {
    /// `value` as compact JSON text with sorted keys.
    static func encode(_ value: JSONValue) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The value `text` holds; throws a `DecodingError` when it is not JSON.
    static func decode(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }
}
