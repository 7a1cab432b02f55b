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
        var fallback: [(Int32, Double)] = []
        for stage in stages(for: address, name: name, gazetteer: gazetteer) {
            let scored = stage.ranges.map { ($0, stage.penalty + mismatch(address, ranges[Int($0)])) }
            if let best = scored.filter({ ranges[Int($0.0)].holds(number) }).min(by: { $0.1 < $1.1 }) {
                return match(best.0, number: number, penalty: best.1, zip: address.zip)
            }
            if fallback.isEmpty { fallback = scored }
        }
        // Between two ranges (or past the last): the nearest end of a range on the number's side of the street.
        let nearest = fallback.compactMap { index, penalty -> (Int32, Int, Double)? in
            let range = ranges[Int(index)]
            guard range.parity.admits(number) else { return nil }
            let end = abs(range.from - number) < abs(range.to - number) ? range.from : range.to
            let gap = abs(end - number)
            return gap <= Self.widestGap ? (index, end, penalty + 0.3 + Double(gap) / 1000) : nil
        }.min { $0.2 < $1.2 }
        guard let (index, end, penalty) = nearest else { return nil }
        var found = match(index, number: end, penalty: penalty, zip: address.zip)
        found.number = number
        return found
    }

    private func match(_ index: Int32, number: Int, penalty: Double, zip: String?) -> StreetMatch {
        StreetMatch(point: point(of: index, number: number), range: ranges[Int(index)], number: number, confidence: max(0.1, 0.9 - penalty))
    }

    /// Groups of candidate ranges, most trusted first, each with the penalty its way of matching costs.
    private func stages(for address: ParsedAddress, name: String, gazetteer: Gazetteer?) -> [(ranges: [Int32], penalty: Double)] {
        var stages: [(ranges: [Int32], penalty: Double)] = []
        if let zip = address.zip {
            if let street = address.street, let exact = byStreetAndZIP[street + "|" + zip] { stages.append((exact, 0)) }
            if let loose = byNameAndZIP[name + "|" + zip] { stages.append((loose, 0)) }
            if let gazetteer, let home = gazetteer.zips[zip], let all = byName[name] {
                let origin = GeoPoint(latitude: home.latitude, longitude: home.longitude)
                let neighbouring = all.filter { index in
                    guard let other = ranges[Int(index)].zip, other != zip, let entry = gazetteer.zips[other] else { return false }
                    return Geodesic.wgs84.distance(origin, GeoPoint(latitude: entry.latitude, longitude: entry.longitude))
                        <= Self.neighbouringZIPDistance
                }
                if !neighbouring.isEmpty { stages.append((neighbouring, 0.2)) }
            }
            let fuzzy = fuzzyNames(name, zip: zip).flatMap { byNameAndZIP[$0 + "|" + zip] ?? [] }
            if !fuzzy.isEmpty { stages.append((fuzzy, 0.3)) }
        } else if let city = address.city, let state = address.state, let gazetteer, let all = byName[name] {
            let inCity = all.filter { index in
                guard let zip = ranges[Int(index)].zip, let entry = gazetteer.zips[zip] else { return false }
                return entry.city == city && entry.state == state
            }
            if !inCity.isEmpty { stages.append((inCity, 0.1)) }
        }
        return stages
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

    /// The street names of `zip` one edit from `name` (two for names of nine letters or more).
    private func fuzzyNames(_ name: String, zip: String) -> [String] {
        guard name.count >= 4, let names = namesByZIP[zip] else { return [] }
        let limit = name.count >= 9 ? 2 : 1
        let asked = Array(name.utf8)
        return names.filter { $0 != name && EditDistance.within(asked, Array($0.utf8), limit: limit) }
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
