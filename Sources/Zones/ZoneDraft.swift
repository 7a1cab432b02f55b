import ZoneIndex

/// A zone as a client describes it, before the rules have checked it.
public struct ZoneDraft: Sendable {
    /// The identifier asked for; nil lets the service mint one.
    public var id: String?
    public var name: String
    public var boundary: ZoneBoundary
    public var zipCodes: [String]?
    public var priority: Int?
    public var isActive: Bool?

    public init(id: String?, name: String, boundary: ZoneBoundary, zipCodes: [String]?, priority: Int?, isActive: Bool?) {
        self.id = id
        self.name = name
        self.boundary = boundary
        self.zipCodes = zipCodes
        self.priority = priority
        self.isActive = isActive
    }
}
