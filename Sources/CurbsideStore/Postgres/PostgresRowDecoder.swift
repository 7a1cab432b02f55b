import Foundation
import PostgresNIO

/// Decodes a record from a row, matching coding keys to column names. Supports the value types the curbside
/// tables hold: text, integers, doubles, booleans, timestamps and enums raw-valued by text.
struct PostgresRowDecoder: Decoder {
    let row: PostgresRandomAccessRow
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Keyed(row: row))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "a row is not a list"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(Any.self, .init(codingPath: codingPath, debugDescription: "a row is not one value"))
    }

    private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let row: PostgresRandomAccessRow
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { row.compactMap { Key(stringValue: $0.columnName) } }

        func contains(_ key: Key) -> Bool { row.contains(key.stringValue) }

        func decodeNil(forKey key: Key) throws -> Bool {
            !contains(key) || row[key.stringValue].bytes == nil
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            guard contains(key) else {
                throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "no column \(key.stringValue)"))
            }
            let cell = row[key.stringValue]
            do {
                switch type {
                case is String.Type: return try cell.decode(String.self) as! T
                case is Int.Type: return try cell.decode(Int.self) as! T
                case is Double.Type: return try cell.decode(Double.self) as! T
                case is Bool.Type: return try cell.decode(Bool.self) as! T
                case is Date.Type: return try cell.decode(Date.self) as! T
                default: return try T(from: CellDecoder(cell: cell, codingPath: [key]))
                }
            } catch let error as DecodingError {
                throw error
            } catch {
                throw DecodingError.dataCorrupted(.init(codingPath: [key], debugDescription: "column \(key.stringValue): \(error)"))
            }
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            throw DecodingError.typeMismatch(type, .init(codingPath: [key], debugDescription: "columns hold no nested records"))
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            throw DecodingError.typeMismatch([Any].self, .init(codingPath: [key], debugDescription: "columns hold no lists"))
        }

        func superDecoder() throws -> any Decoder { PostgresRowDecoder(row: row) }
        func superDecoder(forKey key: Key) throws -> any Decoder { PostgresRowDecoder(row: row) }
    }

    /// One cell, for values that decode themselves from a single value (enums raw-valued by text).
    private struct CellDecoder: Decoder, SingleValueDecodingContainer {
        let cell: PostgresCell
        var codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            throw DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "a cell is not a record"))
        }
        func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
            throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "a cell is not a list"))
        }
        func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

        func decodeNil() -> Bool { cell.bytes == nil }
        func decode(_ type: Bool.Type) throws -> Bool { try cell.decode(Bool.self) }
        func decode(_ type: String.Type) throws -> String { try cell.decode(String.self) }
        func decode(_ type: Double.Type) throws -> Double { try cell.decode(Double.self) }
        func decode(_ type: Float.Type) throws -> Float { Float(try cell.decode(Double.self)) }
        func decode(_ type: Int.Type) throws -> Int { try cell.decode(Int.self) }
        func decode(_ type: Int8.Type) throws -> Int8 { try narrow(type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try narrow(type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try narrow(type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try narrow(type) }
        func decode(_ type: UInt.Type) throws -> UInt { try narrow(type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try narrow(type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try narrow(type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try narrow(type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try narrow(type) }
        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            if type == Date.self { return try cell.decode(Date.self) as! T }
            return try T(from: self)
        }

        private func narrow<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
            guard let value = T(exactly: try cell.decode(Int.self)) else {
                throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "out of range for \(type)"))
            }
            return value
        }
    }
}
