/// The immutable zone data an index snapshot and its workspaces share.
struct ZoneTable: Sendable {
    /// Every zone, in definition order.
    let zones: [Zone]
    /// Indexes into `zones` of the active zones, best first: highest priority, then earliest defined.
    let byRank: [Int]
    /// The bounding box of each zone's boundary, nil when it has no polygons.
    let boxes: [BoundingBox?]

    init(zones: [Zone]) {
        self.zones = zones
        self.byRank = zones.indices
            .filter { zones[$0].isActive }
            .sorted { a, b in
                zones[a].priority != zones[b].priority ? zones[a].priority > zones[b].priority : a < b
            }
        self.boxes = zones.map(\.boundary.boundingBox)
    }
}
