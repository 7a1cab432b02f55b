import Foundation
import PostgresNIO

/// Encodes a record as the columns of a row: one per coding key, nil optionals included as NULL.
enum PostgresRowEncoder {
    /// A column's name and how to bind its value.
    struct Column {
        let name: String
        let bind: (inout PostgresBindings) -> Void
    }

    /// The columns of `record`, in the order it encodes them.
    static func columns(of record: some Encodable) throws -> [Column] {
        let sink = Sink()
        try record.encode(to: RowEncoder(sink: sink))
        return sink.columns
    }

    private final class Sink {
        var columns: [Column] = []

        func add(_ name: String, _ bind: @escaping (inout PostgresBindings) -> Void) {
            columns.append(Column(name: name, bind: bind))
        }
    }

    private struct RowEncoder: Encoder {
        let sink: Sink
        var codingPath: [any CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(Keyed(sink: sink))
        }
        func unkeyedContainer() -> any UnkeyedEncodingContainer { preconditionFailure("a row is not a list") }
        func singleValueContainer() -> any SingleValueEncodingContainer { preconditionFailure("a row is not one value") }
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let sink: Sink
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws { sink.add(key.stringValue) { $0.appendNull() } }
        mutating func encode(_ value: String, forKey key: Key) throws { sink.add(key.stringValue) { $0.append(value) } }
        mutating func encode(_ value: Int, forKey key: Key) throws { sink.add(key.stringValue) { $0.append(value) } }
        mutating func encode(_ value: Double, forKey key: Key) throws { sink.add(key.stringValue) { $0.append(value) } }
        mutating func encode(_ value: Bool, forKey key: Key) throws { sink.add(key.stringValue) { $0.append(value) } }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            switch value {
            case let text as String: try encode(text, forKey: key)
            case let number as Int: try encode(number, forKey: key)
            case let number as Double: try encode(number, forKey: key)
            case let flag as Bool: try encode(flag, forKey: key)
            case let date as Date: sink.add(key.stringValue) { $0.append(date) }
            case let raw as any RawRepresentable<String>: try encode(raw.rawValue, forKey: key)
            default:
                throw EncodingError.invalidValue(value, .init(codingPath: [key], debugDescription: "no column type for \(T.self)"))
            }
        }

        // Nil optionals are written as NULL rather than left out, so an update clears them.
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encodeOptional(value, key) }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encodeOptional(value, key) }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encodeOptional(value, key) }
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encodeOptional(value, key) }
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try encodeOptional(value, key) }

        private mutating func encodeOptional<T: Encodable>(_ value: T?, _ key: Key) throws {
            if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            preconditionFailure("columns hold no nested records")
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            preconditionFailure("columns hold no lists")
        }
        mutating func superEncoder() -> any Encoder { RowEncoder(sink: sink) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { RowEncoder(sink: sink) }
    }
}
