import Dispatch
import Synchronization

/// Matches the records of one chunk on several threads, producing output bytes in input order.
struct PointFileBatch: Sendable {
    let index: ZoneIndex
    let columns: PointFileColumns
    let headerFieldCount: Int
    /// What follows a row's id in the output: `,zone_id,zone_name,method` and the line break (`RowEndings`).
    private let endings: RowEndings
    /// Whether rows end with `,boundary_distance_m,nearest_zone_id,nearest_distance_m`.
    let detail: Bool

    init(index: ZoneIndex, columns: PointFileColumns, headerFieldCount: Int, detail: Bool = false) {
        self.index = index
        self.columns = columns
        self.headerFieldCount = headerFieldCount
        self.endings = RowEndings(zones: index.zones)
        self.detail = detail
    }

    struct SliceResult: Sendable {
        var output: [UInt8] = []
        var rows = 0
        var counts: [MatchMethod: Int] = [:]
        /// Rows by the position in `index.zones` of their zone (empty when no row was matched).
        var byZone: [Int] = []
        var rejections: [PointFileRejection] = []
        var failure: (any Error & Sendable)?
    }

    /// The results of each slice of `chunk`, in order.
    func process(_ chunk: CSVChunk, threads: Int) -> [SliceResult] {
        let slices = min(threads, max(1, chunk.records.count / 512))
        let per = (chunk.records.count + slices - 1) / slices
        let results = Mutex<[SliceResult]>(Array(repeating: SliceResult(), count: slices))
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            let range = (slice * per)..<min(chunk.records.count, (slice + 1) * per)
            let result = process(chunk, records: range)
            results.withLock { $0[slice] = result }
        }
        return results.withLock { $0 }
    }

    private func process(_ chunk: CSVChunk, records: Range<Int>) -> SliceResult {
        var result = SliceResult()
        // Parsed first, matched in bulk, then written: the cell lookups of many rows overlap.
        var accepted: [(record: Int, id: Range<Int>)] = []
        var points: [Coordinate] = []
        var zips: [String?] = []
        accepted.reserveCapacity(records.count)
        points.reserveCapacity(records.count)
        chunk.bytes.withUnsafeBufferPointer { bytes in
            var fields: [Range<Int>] = []
            for r in records {
                let record = chunk.records[r]
                do {
                    CSVFields.split(bytes, record.start..<record.end, limit: columns.used, into: &fields)
                    let query = try self.query(bytes, fields, line: record.line)
                    accepted.append((r, fields[columns.id]))
                    points.append(query.coordinate ?? Coordinate(x: .nan, y: .nan))
                    if columns.zip != nil { zips.append(query.zip) }
                } catch let rejection as PointFileRejection {
                    result.rejections.append(rejection)
                } catch let error as ZoneQueryError {
                    result.rejections.append(PointFileRejection(line: record.line, kind: "invalid \(error.field)", message: error.description))
                } catch {
                    result.rejections.append(PointFileRejection(line: record.line, kind: "invalid row", message: String(describing: error)))
                }
            }
        }
        var positions = [Int32](repeating: -1, count: points.count)
        do {
            try index.withWorkspace { workspace in
                try points.withUnsafeBufferPointer { points in
                    try positions.withUnsafeMutableBufferPointer { positions in
                        try index.coveringZonePositions(points, into: positions, in: workspace)
                    }
                }
            }
        } catch {
            result.failure = error as? GEOSError ?? GEOSError(operation: "match", message: String(describing: error))
            return result
        }
        var (polygon, zip, none) = (0, 0, 0)
        var picks = [Int](repeating: 0, count: accepted.count)
        result.byZone = [Int](repeating: 0, count: index.zones.count)
        var size = 0
        // With detail, each row's distance fields and line break, which replace its ending's line break.
        var distances: [[UInt8]] = []
        let edges = detail ? index.edgeGrid.value : nil
        for k in accepted.indices {
            let (zone, method) = index.answer(
                covering: positions[k] >= 0 ? Int(positions[k]) : nil, zip: zips.isEmpty ? nil : zips[k]
            )
            switch method {
            case .polygon: polygon += 1
            case .zip: zip += 1
            case .none: none += 1
            }
            if let zone { result.byZone[zone] += 1 }
            picks[k] = endings.ending(zone: zone, method: method)
            size += accepted[k].id.count + endings.length(picks[k])
            if let edges {
                distances.append(distanceFields(points[k], method: method, edges: edges))
                size += distances[k].count - 1
            }
        }
        result.output = [UInt8](unsafeUninitializedCapacity: size) { output, count in
            chunk.bytes.withUnsafeBufferPointer { bytes in
                var at = 0
                for k in accepted.indices {
                    let id = UnsafeBufferPointer(rebasing: bytes[accepted[k].id])
                    _ = UnsafeMutableBufferPointer(rebasing: output[at..<(at + id.count)]).initialize(from: id)
                    at += id.count
                    at += endings.copy(picks[k], to: output.baseAddress! + at)
                    if !distances.isEmpty {
                        at -= 1
                        _ = UnsafeMutableBufferPointer(rebasing: output[at..<(at + distances[k].count)]).initialize(from: distances[k])
                        at += distances[k].count
                    }
                }
                count = at
            }
        }
        result.rows = accepted.count
        result.counts = [.polygon: polygon, .zip: zip, .none: none]
        return result
    }

    /// `,boundary_distance_m,nearest_zone_id,nearest_distance_m` and a line break for a row at `point` (NaN for a
    /// row without one) answered by `method`; the nearest zone only for zip and none answers.
    private func distanceFields(_ point: Coordinate, method: MatchMethod, edges: EdgeGrid) -> [UInt8] {
        guard point.isFinite, let nearest = index.nearestBoundary(to: point, edges: edges) else { return Array(",,,\n".utf8) }
        let metres = Self.metres(nearest.distance)
        guard method != .polygon else { return Array(",\(metres),,\n".utf8) }
        return Array(",\(metres),\(CSVFields.escape(index.zones[nearest.position].id)),\(metres)\n".utf8)
    }

    /// `metres` to one decimal place.
    static func metres(_ metres: Double) -> String {
        let tenths = Int64((max(0, metres) * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    private func query(_ bytes: UnsafeBufferPointer<UInt8>, _ fields: [Range<Int>], line: Int) throws -> ZonePointQuery {
        guard fields.count >= columns.required else {
            throw PointFileRejection(
                line: line, kind: "too few fields",
                message: "has \(fields.count) field\(fields.count == 1 ? "" : "s"); the header has \(headerFieldCount)"
            )
        }
        func number(_ column: Int, _ name: String) throws -> Double? {
            guard let value = CSVFields.double(bytes, fields[column]) else {
                let text = CSVFields.text(bytes, fields[column])
                throw PointFileRejection(line: line, kind: "invalid \(name)", message: "\(name) '\(text)' is not a number")
            }
            return value
        }
        let lat = try number(columns.lat, "lat")
        let lng = try number(columns.lng, "lng")
        let zip = columns.zip.flatMap { $0 < fields.count ? CSVFields.text(bytes, fields[$0]) : nil }
        return try ZonePointQuery(lat: lat, lng: lng, zip: zip)
    }
}

extension PointFileRejection: Error {}
