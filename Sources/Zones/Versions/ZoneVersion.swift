import Foundation

/// One immutable version of a tenant's zone set: what changed, who published it and from when it counts.
///
/// The tenant's current set is the latest applied version by `effectiveAt` (then `number`). A version scheduled
/// for a later date is applied when that date comes, unless it is canceled first.
public struct ZoneVersion: Sendable, Equatable {
    /// Where a version stands.
    public enum Status: String, Sendable, Codable, CaseIterable {
        /// Published for a later date; not applied yet.
        case scheduled
        /// The zone set it describes is (or was) the tenant's.
        case applied
        /// Canceled before it was applied.
        case canceled
        /// Could not be applied when its date came (`failure` says why); the set stayed as it was.
        case failed
    }

    /// An identifier such as `zv_k3v9q0m2x8a1b7c4`.
    public var id: String
    public var tenantID: String
    /// 1 for the tenant's first version, one more for each later one, in publishing order.
    public var number: Int
    public var effectiveAt: Date
    /// The `sub` of the token that published it (nil for versions recorded by the command line or a migration).
    public var publishedBy: String?
    public var note: String?
    public var status: Status
    /// The version current when it was drafted or made.
    public var baseVersionID: String?
    /// Whether applying it moves the tenant's properties to the zones the new set gives them.
    public var rezone: Bool
    /// Zones in the set once applied.
    public var zoneCount: Int
    public var added: Int
    public var removed: Int
    public var changed: Int
    /// Properties moved when it was applied (nil until then, or when it does not rezone).
    public var moved: Int?
    public var failure: String?
    public var createdAt: Date
    public var appliedAt: Date?

    public init(
        id: String, tenantID: String, number: Int, effectiveAt: Date, publishedBy: String?, note: String?, status: Status,
        baseVersionID: String?, rezone: Bool, zoneCount: Int, added: Int, removed: Int, changed: Int, moved: Int? = nil,
        failure: String? = nil, createdAt: Date, appliedAt: Date?
    ) {
        self.id = id
        self.tenantID = tenantID
        self.number = number
        self.effectiveAt = effectiveAt
        self.publishedBy = publishedBy
        self.note = note
        self.status = status
        self.baseVersionID = baseVersionID
        self.rezone = rezone
        self.zoneCount = zoneCount
        self.added = added
        self.removed = removed
        self.changed = changed
        self.moved = moved
        self.failure = failure
        self.createdAt = createdAt
        self.appliedAt = appliedAt
    }

    /// A new random identifier: `zv_` and 16 characters from `[a-z0-9]`.
    public static func makeID() -> String { "zv_" + ZoneID.make().dropFirst(3) }
}

/// Who records a change of a tenant's zones, and why.
public struct ZoneAuthor: Sendable, Equatable {
    /// The token's `sub`; nil for the command line.
    public var subject: String?
    public var note: String?

    public init(subject: String?, note: String? = nil) {
        self.subject = subject
        self.note = note
    }

    /// A change nobody named (the command line, the demo seed).
    public static let unnamed = ZoneAuthor(subject: nil)
}
