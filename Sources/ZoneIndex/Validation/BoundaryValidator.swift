/// Checks a boundary read from a file: finite positions, reprojection to WGS84, WGS84 range, closed rings of
/// at least four positions and OGC validity by GEOS. With `repair`, fixes what can be fixed and says what it did.
final class BoundaryValidator {
    private let transformer: CoordinateTransformer?
    private let repair: Bool
    private let context = GEOSContext()

    /// Whether the reader can be asked to repair, so problems that repair fixes say so.
    private let offersRepair: Bool

    init(transformer: CoordinateTransformer?, repair: Bool, offersRepair: Bool = true) {
        self.transformer = transformer
        self.repair = repair
        self.offersRepair = offersRepair
    }

    /// `remedy` as the tail of a problem's message, when the reader offers repair.
    private func repairing(_ remedy: String) -> String {
        offersRepair ? "; repairing \(remedy)" : ""
    }

    struct Outcome {
        var boundary: ZoneBoundary?
        var problems: [String] = []
        var repairs: [String] = []
        /// Changes every GIS tool makes without asking (noise at ±180 moved onto the edge, a cut at the antimeridian).
        var notes: [String] = []
        /// Whether `repair` would fix a problem found (an open ring, a short hole, an invalid topology).
        var repairable = false
    }

    func check(_ raw: ZoneBoundary) -> Outcome {
        var outcome = Outcome()
        let isMulti = if case .multiPolygon = raw { true } else { false }
        func ringName(_ p: Int, _ r: Int) -> String {
            let ring = r == 0 ? "exterior ring" : "hole \(r)"
            return isMulti ? "polygon \(p) \(ring)" : ring
        }
        guard !raw.polygons.isEmpty else {
            outcome.problems.append("boundary has no polygons")
            return outcome
        }
        var polygons = raw.polygons
        var clamped = 0
        for p in polygons.indices {
            var rings = polygons[p].rings
            var kept: [[Coordinate]] = []
            for r in rings.indices {
                if let bad = rings[r].firstIndex(where: { !$0.isFinite }) {
                    let c = rings[r][bad]
                    outcome.problems.append("\(ringName(p, r)) position \(bad) is not a finite number (\(c.x), \(c.y))")
                    continue
                }
                if let transformer {
                    do {
                        try transformer.transform(&rings[r])
                    } catch {
                        outcome.problems.append("\(ringName(p, r)): \(error)")
                        continue
                    }
                }
                clamped += WGS84Range.clamp(&rings[r])
                // Longitudes a little beyond ±180 may be a polygon written across the antimeridian: judged below.
                if let bad = rings[r].first(where: { abs($0.y) > 90 || abs($0.x) > 540 }) {
                    outcome.problems.append("\(ringName(p, r)) \(WGS84Range.advice(for: bad))")
                    continue
                }
                if rings[r].count > 1, rings[r].first != rings[r].last {
                    if repair {
                        rings[r].append(rings[r][0])
                        outcome.repairs.append("closed \(ringName(p, r)), which was open")
                    } else {
                        outcome.problems.append("\(ringName(p, r)) is not closed (its first and last positions differ)\(repairing("closes it"))")
                        outcome.repairable = true
                        continue
                    }
                }
                if rings[r].count < 4 {
                    if repair && r > 0 {
                        outcome.repairs.append("dropped \(ringName(p, r)), which had \(rings[r].count) positions")
                        continue
                    }
                    let remedy = r > 0 ? repairing("drops it") : ""
                    outcome.repairable = outcome.repairable || r > 0
                    outcome.problems.append("\(ringName(p, r)) has \(rings[r].count) positions; a ring needs at least 4\(remedy)")
                    continue
                }
                kept.append(rings[r])
            }
            // When the exterior ring itself was rejected a problem is recorded and `polygons` goes unused.
            if !kept.isEmpty {
                polygons[p] = Polygon(exterior: kept[0], holes: Array(kept.dropFirst()))
            }
        }
        guard outcome.problems.isEmpty else { return outcome }
        if clamped > 0 {
            outcome.notes.append(
                "moved \(clamped) position\(clamped == 1 ? "" : "s") lying within \(WGS84Range.tolerance) degrees beyond ±180/±90 onto the edge"
            )
        }
        guard let cut = cutAtAntimeridian(polygons, isMulti: isMulti, outcome: &outcome) else { return outcome }
        return checkTopology(cut, outcome: outcome)
    }

    /// `polygons` as a boundary within ±180, cut at the antimeridian where one crosses it; nil (with a problem
    /// recorded) when that is impossible.
    private func cutAtAntimeridian(_ polygons: [Polygon], isMulti: Bool, outcome: inout Outcome) -> ZoneBoundary? {
        var result: [Polygon] = []
        var cut = 0
        for (p, polygon) in polygons.enumerated() {
            let name = isMulti ? "polygon \(p)" : "the polygon"
            guard AntimeridianSplit.crosses(polygon) else {
                if let bad = polygon.rings.lazy.flatMap({ $0 }).first(where: { !WGS84Range.contains($0) }) {
                    outcome.problems.append("\(name): \(WGS84Range.advice(for: bad))")
                }
                result.append(polygon)
                continue
            }
            do {
                guard let parts = try AntimeridianSplit.split(polygon, context: context), !parts.isEmpty else {
                    outcome.problems.append("\(name) winds around a pole across the antimeridian; split it into parts within ±180")
                    continue
                }
                result += parts
                cut += 1
            } catch {
                outcome.problems.append("\(name) crosses the antimeridian and GEOS could not cut it: \(error.message)")
            }
        }
        guard outcome.problems.isEmpty else { return nil }
        if cut > 0 {
            outcome.notes.append("crosses the antimeridian: cut at ±180 into \(result.count) parts")
        }
        return isMulti || result.count > 1 ? .multiPolygon(result) : .polygon(result[0])
    }

    private func checkTopology(_ boundary: ZoneBoundary, outcome: Outcome) -> Outcome {
        var outcome = outcome
        do {
            let geometry = try GEOSGeometry(boundary, context: context)
            switch try geometry.validity() {
            case .valid:
                outcome.boundary = boundary
            case .invalid(let reason, let location):
                let at = location.map { " at (\($0.x), \($0.y))" } ?? ""
                guard repair else {
                    outcome.problems.append("invalid boundary: \(reason)\(at)\(repairing("applies GEOS MakeValid"))")
                    outcome.repairable = true
                    return outcome
                }
                guard let repaired = try Self.validPolygons(of: geometry.madeValid(), context: context) else {
                    outcome.problems.append("invalid boundary: \(reason)\(at); MakeValid left no valid area to keep")
                    return outcome
                }
                outcome.boundary = repaired
                outcome.repairs.append("repaired with GEOS MakeValid: \(reason)\(at)")
            }
        } catch {
            outcome.problems.append("GEOS rejected the boundary: \(error.message)")
        }
        return outcome
    }
}

extension BoundaryValidator {
    /// The polygonal parts of `geometry` as a valid boundary: MakeValid's lines and points dropped, and parts that
    /// touch along an edge (invalid together as a MultiPolygon) merged; nil when no valid area remains.
    static func validPolygons(of geometry: GEOSGeometry, context: GEOSContext) throws -> ZoneBoundary? {
        guard let polygons = try geometry.polygonalBoundary() else { return nil }
        let candidate = try GEOSGeometry(polygons, context: context)
        if case .valid = try candidate.validity() { return polygons }
        let merged = try candidate.unaryUnion()
        guard case .valid = try merged.validity() else { return nil }
        return try merged.polygonalBoundary()
    }
}

private extension Error {
    var message: String { (self as? GEOSError)?.message ?? String(describing: self) }
}
