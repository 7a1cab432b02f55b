/// One field of a partial update: left alone, cleared with `null`, or set.
public enum FieldUpdate<Value: Sendable & Equatable>: Sendable, Equatable {
    case unchanged
    case cleared
    case set(Value)

    /// The new value given the old one.
    public func applied(to old: Value?) -> Value? {
        switch self {
        case .unchanged: old
        case .cleared: nil
        case .set(let value): value
        }
    }

    public var isUnchanged: Bool { self == .unchanged }

    /// The value when set.
    public var value: Value? {
        if case .set(let value) = self { return value }
        return nil
    }
}

extension KeyedDecodingContainer {
    /// `.unchanged` when the key is absent, `.cleared` when it is null, `.set` otherwise.
    public func decodeUpdate<Value: Decodable & Sendable & Equatable>(_ type: Value.Type, forKey key: Key) throws -> FieldUpdate<Value> {
        guard contains(key) else { return .unchanged }
        if try decodeNil(forKey: key) { return .cleared }
        return .set(try decode(Value.self, forKey: key))
    }
}
