import Foundation

/// A zone set being edited apart from the tenant's live one: a copy of the set current when it was made (or an
/// empty set), which never affects matching until it is published as a version.
public struct ZoneSetDraft: Sendable, Equatable {
    /// An identifier such as `zd_k3v9q0m2x8a1b7c4`.
    public var id: String
    public var tenantID: String
    public var name: String?
    public var note: String?
    /// The version current when the draft was made; publishing it is refused once another version is current.
    public var baseVersionID: String?
    /// The `sub` of the token that made it.
    public var createdBy: String?
    public var createdAt: Date
    public var updatedAt: Date
    /// How many zones it holds.
    public var zoneCount: Int

    public init(
        id: String, tenantID: String, name: String?, note: String?, baseVersionID: String?, createdBy: String?, createdAt: Date,
        updatedAt: Date, zoneCount: Int = 0
    ) {
        self.id = id
        self.tenantID = tenantID
        self.name = name
        self.note = note
        self.baseVersionID = baseVersionID
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.zoneCount = zoneCount
    }

    /// A new random identifier: `zd_` and 16 characters from `[a-z0-9]`.
    public static func makeID() -> String { "zd_" + ZoneID.make().dropFirst(3) }
}
