import NIOCore
import ZoneIndex

/// The answers to a batch of point queries and their JSON result objects: the boundaries of all points are
/// matched at once, then the ZIP fallback one point at a time, and each zone's part of a result object is
/// written once and reused.
struct PointBatchAnswers {
    /// How a query was answered.
    enum Outcome {
        /// The zone at this position of the index's zones covers the point.
        case polygon(Int)
        case other(ZoneMatch)
        /// A match with its distances, for a query with or without a point.
        case detailed(ZoneMatchDetail, hasPoint: Bool)
        case failed(any Error)
    }

    let index: ZoneIndex
    /// Whether every answer carries its distances.
    let detail: Bool
    private let zones: [Zone]
    /// `"method":"polygon","zone_id":…,"zone_name":…}` for each zone, made on first use.
    private var polygonTails: [ByteBuffer?]
    /// The same for ZIP matches, by zone id, and for no match.
    private var zipTails: [String: ByteBuffer] = [:]
    private let noneTail = Self.makeTail(of: ZoneMatch.none)

    init(index: ZoneIndex, detail: Bool = false) {
        self.index = index
        self.detail = detail
        zones = index.zones
        polygonTails = Array(repeating: nil, count: zones.count)
    }

    /// The answer to each query, the boundaries matched on `threads` threads.
    func outcomes(for queries: [ZonePointQuery], threads: Int = 1) -> [Outcome] {
        if detail { return detailedOutcomes(for: queries, threads: threads) }
        let coordinates = queries.compactMap(\.coordinate)
        guard let positions = try? index.coveringZonePositions(coordinates, threads: threads) else {
            // Some point made GEOS fail: match one at a time so only its answer reports it.
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

    /// The detailed answer to each query, matched on `threads` threads.
    private func detailedOutcomes(for queries: [ZonePointQuery], threads: Int) -> [Outcome] {
        guard let details = try? index.matchDetails(queries, threads: threads) else {
            // Some point made GEOS fail: match one at a time so only its answer reports it.
            return queries.map { query in
                do { return .detailed(try index.matchDetails([query])[0], hasPoint: query.coordinate != nil) } catch { return .failed(error) }
            }
        }
        return zip(details, queries).map { .detailed($0, hasPoint: $1.coordinate != nil) }
    }

    /// Appends the result object of `outcome` with `id` (the same bytes as `MatchResultJSON.append`) and returns
    /// its method; appends nothing and returns nil for a failure.
    mutating func appendResult(id: FlexibleID?, outcome: Outcome, to output: inout ByteBuffer) -> MatchMethod? {
        let tail: ByteBuffer, method: MatchMethod
        switch outcome {
        case .polygon(let position):
            (tail, method) = (polygonTail(position), .polygon)
        case .other(let match):
            (tail, method) = (self.tail(of: match), match.method)
        case .detailed(let detail, let hasPoint):
            MatchResultJSON.append(id: id, detail: detail, hasPoint: hasPoint, to: &output)
            return detail.match.method
        case .failed:
            return nil
        }
        output.writeInteger(UInt8(ascii: "{"))
        if let id { MatchResultJSON.appendIDMember(id, to: &output) }
        output.writeImmutableBuffer(tail)
        return method
    }

    /// The bytes after `{` (and the id) of a polygon match with the zone at `position`.
    private mutating func polygonTail(_ position: Int) -> ByteBuffer {
        if let tail = polygonTails[position] { return tail }
        let tail = Self.makeTail(of: ZoneMatch(zone: zones[position], method: .polygon))
        polygonTails[position] = tail
        return tail
    }

    /// The bytes after `{` (and the id) of a ZIP match or no match.
    private mutating func tail(of match: ZoneMatch) -> ByteBuffer {
        guard let zone = match.zone else { return noneTail }
        guard match.method == .zip else { return Self.makeTail(of: match) }
        if let tail = zipTails[zone.id] { return tail }
        let tail = Self.makeTail(of: match)
        zipTails[zone.id] = tail
        return tail
    }

    private static func makeTail(of match: ZoneMatch) -> ByteBuffer {
        var buffer = ByteBuffer()
        MatchResultJSON.append(id: nil, match: match, to: &buffer)
        buffer.moveReaderIndex(forwardBy: 1)
        return buffer
    }
}
