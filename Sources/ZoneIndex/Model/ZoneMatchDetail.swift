/// A match with the distances that say how far it can be trusted.
public struct ZoneMatchDetail: Sendable, Equatable {
    public var match: ZoneMatch
    /// Metres from the point to the nearest boundary of any active zone; nil without a point or without active zones.
    public var boundaryDistance: Double?
    /// For `.zip` and `.none` answers with a point: the active zone nearest the point, and its distance in metres.
    public var nearestZone: Zone?
    public var nearestDistance: Double?

    public init(match: ZoneMatch, boundaryDistance: Double? = nil, nearestZone: Zone? = nil, nearestDistance: Double? = nil) {
        self.match = match
        self.boundaryDistance = boundaryDistance
        self.nearestZone = nearestZone
        self.nearestDistance = nearestDistance
    }
}
