import Foundation
import NIOCore
import ZoneIndex

/// Matches the point lines of an NDJSON batch a chunk at a time and writes one result or error line per
/// non-blank line, numbering lines across chunks.
///
/// Lines are read by `PointJSONParser`, falling back to `JSONDecoder` for anything it does not take; the points
/// of a chunk are matched together, and each zone's part of a result line is written once and reused.
struct PointLineMatcher: Sendable {
    typealias PointRequest = MatchZoneController.PointRequest
    typealias LineError = MatchZoneController.LineError

    let index: ZoneIndex
    /// The number of the last line seen (1-based).
    var lineNumber = 0
    private let zones: [Zone]
    /// `"method":"polygon","zone_id":…,"zone_name":…}` for each zone, made on first use.
    private var polygonTails: [[UInt8]?]
    /// The same for ZIP matches, by zone id, and for no match.
    private var zipTails: [String: [UInt8]] = [:]
    private let noneTail = Self.makeTail(of: ZoneMatch.none)
    private let decoder = JSONDecoder()
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Lines longer than this many bytes are answered with a `line_too_long` error.
    let maximumLineLength: Int

    init(index: ZoneIndex, maximumLineLength: Int) {
        self.index = index
        self.maximumLineLength = maximumLineLength
        self.zones = index.zones
        self.polygonTails = Array(repeating: nil, count: zones.count)
    }

    private enum Entry {
        case point(id: FlexibleID?, query: Int, line: Int)
        case failure(LineError)
    }

    /// How a query was answered.
    private enum Outcome {
        /// The zone at this position of `zones` covers the point.
        case polygon(Int)
        case other(ZoneMatch)
        case failed(any Error)
    }

    /// The output for `lines` (ranges of `bytes` without their newlines, nil for a line dropped for its length), and
    /// how many matches each method had.
    mutating func results(for lines: [Range<Int>?], in bytes: UnsafeBufferPointer<UInt8>) throws -> (ByteBuffer, [MatchMethod: Int]) {
        var entries: [Entry] = []
        entries.reserveCapacity(lines.count)
        var queries: [ZonePointQuery] = []
        queries.reserveCapacity(lines.count)
        for range in lines {
            lineNumber += 1
            guard let range, range.count <= maximumLineLength else {
                let message = "a line is longer than \(maximumLineLength) bytes"
                entries.append(.failure(LineError(id: nil, line: lineNumber, error: .init(code: "line_too_long", message: message))))
                continue
            }
            let line = UnsafeBufferPointer(rebasing: bytes[range])
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            var id: FlexibleID?
            do {
                let point = try PointJSONParser.point(line) ?? decoder.decode(PointRequest.self, from: Data(line))
                id = point.id
                guard point.lat != nil || point.lng != nil || point.zip != nil else {
                    throw APIError.validation(MatchZoneController.emptyPoint)
                }
                queries.append(try ZonePointQuery(lat: point.lat, lng: point.lng, zip: point.zip))
                entries.append(.point(id: id, query: queries.count - 1, line: lineNumber))
            } catch {
                entries.append(.failure(LineError(id: id, line: lineNumber, error: MatchZoneController.describe(error))))
            }
        }
        let outcomes = match(queries)
        var output: [UInt8] = []
        output.reserveCapacity(entries.count * 100)
        var counts: [MatchMethod: Int] = [:]
        var (polygon, zip, none) = (0, 0, 0)
        for entry in entries {
            switch entry {
            case .point(let id, let query, let line):
                switch outcomes[query] {
                case .polygon(let position):
                    polygon += 1
                    output.append(UInt8(ascii: "{"))
                    if let id { MatchResultJSON.appendIDMember(id, to: &output) }
                    output.append(contentsOf: polygonTail(position))
                case .other(let match):
                    if match.method == .zip { zip += 1 } else if match.method == .none { none += 1 } else { polygon += 1 }
                    output.append(UInt8(ascii: "{"))
                    if let id { MatchResultJSON.appendIDMember(id, to: &output) }
                    output.append(contentsOf: tail(of: match))
                case .failed(let error):
                    output.append(contentsOf: try encoder.encode(LineError(id: id, line: line, error: MatchZoneController.describe(error))))
                }
            case .failure(let error):
                output.append(contentsOf: try encoder.encode(error))
            }
            output.append(UInt8(ascii: "\n"))
        }
        for (method, count) in [(MatchMethod.polygon, polygon), (.zip, zip), (.none, none)] where count > 0 {
            counts[method] = count
        }
        return (ByteBuffer(bytes: output), counts)
    }

    /// The answer to each query: the boundaries of all points at once, then the ZIP fallback one by one.
    private func match(_ queries: [ZonePointQuery]) -> [Outcome] {
        let coordinates = queries.compactMap(\.coordinate)
        guard let positions = try? index.coveringZonePositions(coordinates) else {
            // Some point made GEOS fail: match one at a time so only its line reports it.
            return queries.map { query in
                do { return .other(try index.match(CollectionOfOne(query))[0]) } catch { return .failed(error) }
            }
        }
        var outcomes: [Outcome] = []
        outcomes.reserveCapacity(queries.count)
        var next = 0
        for query in queries {
            if query.coordinate != nil {
                let position = positions[next]
                next += 1
                if position >= 0 {
                    outcomes.append(.polygon(Int(position)))
                    continue
                }
            }
            guard let zip = query.zip else {
                outcomes.append(.other(.none))
                continue
            }
            do { outcomes.append(.other(try index.match(lat: nil, lng: nil, zip: zip))) } catch { outcomes.append(.failed(error)) }
        }
        return outcomes
    }

    /// The bytes after `{` (and the id) of a polygon match with the zone at `position`.
    private mutating func polygonTail(_ position: Int) -> [UInt8] {
        if let tail = polygonTails[position] { return tail }
        let tail = Self.makeTail(of: ZoneMatch(zone: zones[position], method: .polygon))
        polygonTails[position] = tail
        return tail
    }

    /// The bytes after `{` (and the id) of a ZIP match or no match.
    private mutating func tail(of match: ZoneMatch) -> [UInt8] {
        guard let zone = match.zone else { return noneTail }
        guard match.method == .zip else { return Self.makeTail(of: match) }
        if let tail = zipTails[zone.id] { return tail }
        let tail = Self.makeTail(of: match)
        zipTails[zone.id] = tail
        return tail
    }

    private static func makeTail(of match: ZoneMatch) -> [UInt8] {
        var buffer = ByteBuffer()
        MatchResultJSON.append(id: nil, match: match, to: &buffer)
        return Array(buffer.readableBytesView.dropFirst())
    }
}
