/// Any JSON value, kept as given (custom fields).
public enum JSONValue: Sendable, Equatable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value):
            if value.rounded() == value, abs(value) < 1e15 { try container.encode(Int64(value)) } else { try container.encode(value) }
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

extension KeyedDecodingContainer {
    /// The JSON object at `key`, or nil when the key is absent or null; any other JSON value is a type
    /// mismatch at `key`.
    func decodeJSONObjectIfPresent(forKey key: Key) throws -> JSONValue? {
        switch try decodeIfPresent(JSONValue.self, forKey: key) {
        case nil, .null?: return nil
        case let value? where value.isObject: return value
        default:
            throw DecodingError.typeMismatch(
                [String: JSONValue].self, .init(codingPath: codingPath + [key], debugDescription: "must be a JSON object")
            )
        }
    }
}

extension KeyedDecodingContainer {
    /// `.unchanged` when `key` is absent, `.cleared` when it is null, `.set` with the JSON object otherwise; any
    /// other JSON value is a type mismatch at `key`.
    func decodeJSONObjectUpdate(forKey key: Key) throws -> FieldUpdate<JSONValue> {
        guard contains(key) else { return .unchanged }
        return try decodeJSONObjectIfPresent(forKey: key).map(FieldUpdate.set) ?? .cleared
    }
}

extension JSONValue {
    var isObject: Bool {
        if case .object = self { return true }
        return false
    }
}
