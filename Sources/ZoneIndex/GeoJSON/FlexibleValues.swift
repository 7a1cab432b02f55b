/// A string written as a JSON string or number (feature ids are often numbers).
struct FlexibleString: Decodable {
    let value: String

    init(value: String) {
        self.value = value
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            value = string
        } else if let int = try? container.decode(Int.self) {
            value = String(int)
        } else {
            value = String(try container.decode(Double.self))
        }
    }
}

/// An integer written as a JSON number or a numeric string.
struct FlexibleInt: Decodable {
    let value: Int

    init(value: Int) {
        self.value = value
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let int = try? container.decode(Int.self) {
            value = int
        } else if let text = try? container.decode(String.self), let int = Int(text.trimmingWhitespace()) {
            value = int
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected an integer")
        }
    }
}

/// A flag written as a JSON boolean, 0 or 1, or "true"/"false".
struct FlexibleBool: Decodable {
    let value: Bool

    init(value: Bool) {
        self.value = value
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let bool = try? container.decode(Bool.self) {
            value = bool
        } else if let int = try? container.decode(Int.self), int == 0 || int == 1 {
            value = int == 1
        } else if let text = try? container.decode(String.self), ["true", "false", "1", "0"].contains(text.lowercased()) {
            value = text.lowercased() == "true" || text == "1"
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected true or false")
        }
    }
}

/// ZIP codes written as an array of strings or numbers, or as one comma-separated string.
struct ZIPList: Decodable {
    let values: [String]

    init(values: [String]) {
        self.values = values
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let list = try? container.decode([FlexibleString].self) {
            values = list.map(\.value)
        } else if let text = try? container.decode(String.self) {
            values = text.split(separator: ",").map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a list of ZIP codes")
        }
    }
}

extension DecodingError {
    /// A one-line account of what was wrong and where, for people.
    var summary: String {
        func path(_ context: Context) -> String {
            let components = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return components.isEmpty ? "" : " at \(components.drop(while: { $0 == "." }))"
        }
        switch self {
        case .typeMismatch(let type, let context):
            return "expected \(type)\(path(context)): \(context.debugDescription)"
        case .valueNotFound(let type, let context):
            return "missing \(type) value\(path(context))"
        case .keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\"\(path(context))"
        case .dataCorrupted(let context):
            return "\(context.debugDescription)\(path(context))"
        @unknown default:
            return String(describing: self)
        }
    }
}
