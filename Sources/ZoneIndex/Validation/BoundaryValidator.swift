/// Checks a boundary read from a file: finite positions, reprojection to WGS84, WGS84 range, closed rings of
/// at least four positions and OGC validity by GEOS. With `repair`, fixes what can be fixed and says what it did.
final class BoundaryValidator {
    private let transformer: CoordinateTransformer?
    private let repair: Bool
    private let context = GEOSContext()

    init(transformer: CoordinateTransformer?, repair: Bool) {
        self.transformer = transformer
        self.repair = repair
    }

    struct Outcome {
        var boundary: ZoneBoundary?
        var problems: [String] = []
        var repairs: [String] = []
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
                if let bad = rings[r].first(where: { abs($0.x) > 180 || abs($0.y) > 90 }) {
                    outcome.problems.append(
                        "\(ringName(p, r)) position (\(bad.x), \(bad.y)) is outside WGS84 longitude/latitude; "
                            + "name the file's CRS with a crs member or --crs"
                    )
                    continue
                }
                if rings[r].count > 1, rings[r].first != rings[r].last {
                    if repair {
                        rings[r].append(rings[r][0])
                        outcome.repairs.append("closed \(ringName(p, r)), which was open")
                    } else {
                        outcome.problems.append("\(ringName(p, r)) is not closed (its first and last positions differ)")
                        continue
                    }
                }
                if rings[r].count < 4 {
                    if repair && r > 0 {
                        outcome.repairs.append("dropped \(ringName(p, r)), which had \(rings[r].count) positions")
                        continue
                    }
                    outcome.problems.append("\(ringName(p, r)) has \(rings[r].count) positions; a ring needs at least 4")
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
        let boundary: ZoneBoundary = isMulti ? .multiPolygon(polygons) : .polygon(polygons[0])
        return checkTopology(boundary, outcome: outcome)
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
                    outcome.problems.append("invalid boundary: \(reason)\(at)")
                    return outcome
                }
                guard let repaired = try geometry.madeValid().polygonalBoundary() else {
                    outcome.problems.append("invalid boundary: \(reason)\(at); MakeValid left no area to keep")
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

private extension Error {
    var message: String { (self as? GEOSError)?.message ?? String(describing: self) }
}
