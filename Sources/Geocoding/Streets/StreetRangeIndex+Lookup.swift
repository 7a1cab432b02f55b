import Geodesy
extension StreetRangeIndex {
    /// The most a neighbouring ZIP's centroid may be from the address's ZIP centroid, in metres.
    static let neighbouringZIPDistance = 15_000.0
    /// The widest gap between two ranges, in house numbers, across which a number is placed at the nearer end.
    static let widestGap = 100

    /// The street-level location of `address`: the range of its street (in its ZIP, else a neighbouring ZIP or its
    /// city's ZIPs, else by a fuzzy name) that holds its house number, interpolated along the edge.
    public func locate(_ address: ParsedAddress, gazetteer: Gazetteer?) -> StreetMatch? {
        guard !ranges.isEmpty, let numberText = address.number, let name = address.streetName,
              let number = Int(numberText.prefix(while: \.isASCIIDigit)) else { return nil }
        let street = address.street
        var fallback: (candidates: [Int32], penalty: Double)?
        // Each stage is looked at only when the ones before it hold no range with the number.
        for stage in Stage.allCases {
            let (candidates, penalty) = self.candidates(stage, address: address, street: street, name: name, gazetteer: gazetteer)
            guard !candidates.isEmpty else { continue }
            var best: (index: Int32, penalty: Double)?
            for index in candidates where spans[Int(index)].holds(number) {
                let cost = penalty + mismatch(address, ranges[Int(index)])
                if cost < best?.penalty ?? .infinity { best = (index, cost) }
            }
            if let best { return match(best.index, number: number, penalty: best.penalty) }
            if fallback == nil { fallback = (candidates, penalty) }
        }
        // Between two ranges (or past the last): the nearest end of a range on the number's side of the street.
        guard let fallback else { return nil }
        var nearest: (index: Int32, end: Int, penalty: Double)?
        for index in fallback.candidates {
            let span = spans[Int(index)]
            guard span.parity.admits(number) else { continue }
            let end = abs(span.from - number) < abs(span.to - number) ? span.from : span.to
            let gap = abs(end - number)
            guard gap <= Self.widestGap else { continue }
            let cost = fallback.penalty + mismatch(address, ranges[Int(index)]) + 0.3 + Double(gap) / 1000
            if cost < nearest?.penalty ?? .infinity { nearest = (index, end, cost) }
        }
        guard let nearest else { return nil }
        var found = match(nearest.index, number: nearest.end, penalty: nearest.penalty)
        found.number = number
        return found
    }

    private func match(_ index: Int32, number: Int, penalty: Double) -> StreetMatch {
        StreetMatch(point: point(of: index, number: number), range: ranges[Int(index)], number: number, confidence: max(0.1, 0.9 - penalty))
    }

    /// The ways of finding an address's street, most trusted first.
    private enum Stage: CaseIterable {
        /// The street as written, in the address's ZIP.
        case street
        /// The street's name, in the address's ZIP.
        case name
        /// The name in a ZIP whose centroid is near the address's; without a ZIP, in the city's ZIPs.
        case nearby
        /// A name one or two edits away, in the address's ZIP.
        case fuzzy
    }

    /// The candidate ranges of `stage`, with the penalty its way of matching costs.
    private func candidates(
        _ stage: Stage, address: ParsedAddress, street: String?, name: String, gazetteer: Gazetteer?
    ) -> (ranges: [Int32], penalty: Double) {
        guard let zip = address.zip else {
            guard stage == .nearby, let city = address.city, let state = address.state, let gazetteer else { return ([], 0) }
            let inCity = (byName[name] ?? []).filter { index in
                guard let zip = ranges[Int(index)].zip, let entry = gazetteer.zips[zip] else { return false }
                return entry.city == city && entry.state == state
            }
            return (inCity, 0.1)
        }
        switch stage {
        case .street:
            return (street.flatMap { byZIP[zip]?.byStreet[$0] } ?? [], 0)
        case .name:
            return (byZIP[zip]?.byName[name] ?? [], 0)
        case .nearby:
            guard let gazetteer, let home = gazetteer.zips[zip], let all = byName[name] else { return ([], 0.2) }
            let origin = GeoPoint(latitude: home.latitude, longitude: home.longitude)
            var near: [String: Bool] = [:]
            let neighbouring = all.filter { index in
                guard let other = ranges[Int(index)].zip, other != zip else { return false }
                if let known = near[other] { return known }
                let isNear = gazetteer.zips[other].map {
                    Geodesic.wgs84.distance(origin, GeoPoint(latitude: $0.latitude, longitude: $0.longitude)) <= Self.neighbouringZIPDistance
                } ?? false
                near[other] = isNear
                return isNear
            }
            return (neighbouring, 0.2)
        case .fuzzy:
            guard let streets = byZIP[zip]?.byName else { return ([], 0.3) }
            return (fuzzyNames(name, among: streets.keys).flatMap { streets[$0] ?? [] }, 0.3)
        }
    }

    /// What the range's directionals and suffix cost against the address's: a part left out of the address costs
    /// little, one left out of the range more, and a different one most.
    private func mismatch(_ address: ParsedAddress, _ range: StreetRange) -> Double {
        func cost(_ asked: String?, _ found: String?, different: Double) -> Double {
            switch (asked, found) {
            case (nil, nil): 0
            case (nil, _): 0.05
            case (_, nil): 0.1
            case let (asked?, found?): asked == found ? 0 : different
            }
        }
        return cost(address.preDirectional, range.preDirectional, different: 0.4)
            + cost(address.suffix, range.suffix, different: 0.15)
            + cost(address.postDirectional, range.postDirectional, different: 0.4)
    }

    /// The names of `names` one edit from `name` (two for names of nine letters or more), in order.
    private func fuzzyNames(_ name: String, among names: Dictionary<String, [Int32]>.Keys) -> [String] {
        guard name.count >= 4 else { return [] }
        let limit = name.count >= 9 ? 2 : 1
        let asked = Array(name.utf8)
        return names.filter { $0 != name && EditDistance.within(asked, Array($0.utf8), limit: limit) }.sorted()
    }
}

/// Levenshtein distance with an early stop.
enum EditDistance {
    /// Whether `a` becomes `b` with at most `limit` insertions, deletions or substitutions.
    static func within(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Bool {
        guard abs(a.count - b.count) <= limit else { return false }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(1, a.count) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return false }
            swap(&previous, &current)
        }
        return (a.isEmpty ? b.count : previous[b.count]) <= limit
    }
}
