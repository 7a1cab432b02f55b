import Foundation
import ZoneIndex

/// Reading and writing point sets: raw little-endian float64 pairs (lng, lat) for in-process engines, and
/// `id,lat,lng` CSV for whole-process ones. Both carry the very same doubles.
enum PointFiles {
    static func writeBinary(_ points: [Coordinate], to path: String) throws {
        var values: [Double] = []
        values.reserveCapacity(points.count * 2)
        for p in points { values.append(p.x); values.append(p.y) }
        let data = values.withUnsafeBufferPointer { Data(buffer: $0) }
        try data.write(to: URL(fileURLWithPath: path))
    }

    static func readBinary(_ path: String) throws -> [Coordinate] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let count = data.count / (2 * MemoryLayout<Double>.size)
        return data.withUnsafeBytes { raw in
            (0..<count).map { i in
                Coordinate(
                    x: raw.loadUnaligned(fromByteOffset: 16 * i, as: Double.self),
                    y: raw.loadUnaligned(fromByteOffset: 16 * i + 8, as: Double.self)
                )
            }
        }
    }

    /// Writes `id,lat,lng` rows, ids 0..<count, coordinates in shortest round-trip form.
    static func writeCSV(_ points: [Coordinate], to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw BenchError("cannot create \(path)")
        }
        defer { try? handle.close() }
        var buffer = Array("id,lat,lng\n".utf8)
        buffer.reserveCapacity(1 << 21)
        for (i, p) in points.enumerated() {
            buffer.append(contentsOf: "\(i),\(p.y),\(p.x)\n".utf8)
            if buffer.count >= 1 << 21 {
                try handle.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
    }

    /// Writes one little-endian int32 per point.
    static func writeAnswers(_ answers: [Int32], to path: String) throws {
        try answers.withUnsafeBufferPointer { Data(buffer: $0) }.write(to: URL(fileURLWithPath: path))
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
