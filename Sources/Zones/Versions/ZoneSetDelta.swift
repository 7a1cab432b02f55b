import ZoneIndex

/// What turns one zone set into another: the zones added or replaced (in the new set's order) and the ids removed.
public struct ZoneSetDelta: Sendable, Equatable {
    /// Zones the new set adds or changes (in content or place), in its order.
    public var upserted: [Zone]
    /// The place of each of `upserted` in the new set's order.
    public var positions: [String: Int]
    /// Ids of zones the new set lacks.
    public var removed: [String]
    /// How many of `upserted` are new.
    public var added: Int
    /// The ids of `upserted` zones that were there before with other content (not only another place).
    public var changedIDs: [String]

    public init(upserted: [Zone], positions: [String: Int], removed: [String], added: Int, changedIDs: [String]? = nil) {
        self.upserted = upserted
        self.positions = positions
        self.removed = removed
        self.added = added
        self.changedIDs = changedIDs ?? []
    }

    /// The changes from `old` to `new` (zones compared by id, then by content and place).
    public init(from old: [PositionedZone], to new: [PositionedZone]) {
        let before = Dictionary(old.map { ($0.zone.id, $0) }, uniquingKeysWith: { first, _ in first })
        let kept = Set(new.map(\.zone.id))
        let changed = new.filter { before[$0.zone.id] != $0 }
        upserted = changed.map(\.zone)
        positions = Dictionary(changed.map { ($0.zone.id, $0.position) }, uniquingKeysWith: { first, _ in first })
        added = new.count { before[$0.zone.id] == nil }
        removed = old.map(\.zone.id).filter { !kept.contains($0) }
        changedIDs = changed.filter { zone in before[zone.zone.id].map { $0.zone != zone.zone } ?? false }.map(\.zone.id)
    }

    /// Zones changed in content (not new, not only moved in the order).
    public var changed: Int { changedIDs.count }
    /// Whether it changes nothing.
    public var isEmpty: Bool { upserted.isEmpty && removed.isEmpty }
    /// Every zone id it touches.
    public var touchedIDs: Set<String> { Set(upserted.map(\.id)).union(removed) }
}

/// A zone of a stored version: its content, or that the version removed it.
public struct ZoneVersionEntry: Sendable, Equatable {
    public var versionID: String
    public var zoneID: String
    /// The zone as of the version, with its place in the set's order; nil when the version removed it.
    public var zone: Zone?
    public var position: Int

    public init(versionID: String, zoneID: String, zone: Zone?, position: Int) {
        self.versionID = versionID
        self.zoneID = zoneID
        self.zone = zone
        self.position = position
    }

    /// The set the entries of successive versions (in effect order) leave, in position order.
    public static func fold(_ entries: [ZoneVersionEntry]) -> [Zone] {
        var latest: [String: ZoneVersionEntry] = [:]
        for entry in entries { latest[entry.zoneID] = entry }
        return latest.values.filter { $0.zone != nil }
            .sorted { ($0.position, $0.zoneID) < ($1.position, $1.zoneID) }
            .compactMap(\.zone)
    }
}

/// A zone and its place in its set's definition order (which breaks ties between matching zones of equal priority).
public struct PositionedZone: Sendable, Hashable {
    public var zone: Zone
    public var position: Int

    public init(zone: Zone, position: Int) {
        self.zone = zone
        self.position = position
    }
}

extension ZoneSetDelta {
    /// `set` with this delta applied: removed zones dropped, upserted ones replaced or added at their positions.
    public func applied(to set: [PositionedZone]) -> [PositionedZone] {
        let dropped = Set(removed).union(upserted.map(\.id))
        var result = set.filter { !dropped.contains($0.zone.id) }
        result += upserted.map { PositionedZone(zone: $0, position: positions[$0.id] ?? 0) }
        return result.sorted { ($0.position, $0.zone.id) < ($1.position, $1.zone.id) }
    }

    /// The delta a version's entries record.
    public init(entries: [ZoneVersionEntry], live: Set<String>) {
        var upserted: [Zone] = [], positions: [String: Int] = [:], removed: [String] = []
        for entry in entries {
            if let zone = entry.zone {
                upserted.append(zone)
                positions[zone.id] = entry.position
            } else {
                removed.append(entry.zoneID)
            }
        }
        self.init(
            upserted: upserted, positions: positions, removed: removed, added: upserted.count { !live.contains($0.id) },
            changedIDs: upserted.map(\.id).filter { live.contains($0) }
        )
    }
}
