import Foundation
import Zones

/// A zone version as the API shows it.
struct ZoneVersionBody: Encodable {
    var id: String
    var number: Int
    var status: String
    var effectiveAt: Date
    var publishedBy: String?
    var note: String?
    var baseVersionID: String?
    var rezone: Bool
    var counts: Counts
    var failure: String?
    var createdAt: Date
    var appliedAt: Date?

    struct Counts: Encodable {
        var zones: Int
        var added: Int
        var removed: Int
        var changed: Int
        var moved: Int?
    }

    init(_ version: ZoneVersion) {
        id = version.id
        number = version.number
        status = version.status.rawValue
        effectiveAt = version.effectiveAt
        publishedBy = version.publishedBy
        note = version.note
        baseVersionID = version.baseVersionID
        rezone = version.rezone
        counts = Counts(zones: version.zoneCount, added: version.added, removed: version.removed, changed: version.changed, moved: version.moved)
        failure = version.failure
        createdAt = version.createdAt
        appliedAt = version.appliedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, number, status, effectiveAt = "effective_at", publishedBy = "published_by", note, baseVersionID = "base_version_id"
        case rezone, counts, failure, createdAt = "created_at", appliedAt = "applied_at"
    }
}

/// A zone draft as the API shows it.
struct ZoneDraftBody: Encodable {
    var id: String
    var name: String?
    var note: String?
    var baseVersionID: String?
    var createdBy: String?
    var zoneCount: Int
    var createdAt: Date
    var updatedAt: Date

    init(_ draft: ZoneSetDraft) {
        id = draft.id
        name = draft.name
        note = draft.note
        baseVersionID = draft.baseVersionID
        createdBy = draft.createdBy
        zoneCount = draft.zoneCount
        createdAt = draft.createdAt
        updatedAt = draft.updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, note, baseVersionID = "base_version_id", createdBy = "created_by", zoneCount = "zone_count"
        case createdAt = "created_at", updatedAt = "updated_at"
    }
}
