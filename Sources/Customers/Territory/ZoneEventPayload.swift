import Foundation
import Zones

/// The outbox events a re-zoning writes, with the JSON payload a customer notice (or a subscriber) needs.
enum ZoneEventPayload {
    /// `property.rezoned`: one moved property, from and to which zone, route template and trash day, from when.
    static func rezoned(_ move: PropertyMove, version: ZoneVersion, at date: Date) throws -> OutboxEvent {
        struct Body: Encodable {
            var move: PropertyMove
            var versionID: String
            var effectiveAt: Date
            func encode(to encoder: any Encoder) throws {
                try move.encode(to: encoder)
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(versionID, forKey: .versionID)
                try container.encode(effectiveAt, forKey: .effectiveAt)
            }
            enum Keys: String, CodingKey { case versionID = "version_id", effectiveAt = "effective_at" }
        }
        var event = OutboxEvent(id: FieldRules.newID("evt_"), tenantID: version.tenantID, kind: .propertyRezoned, subjectID: move.propertyID, createdAt: date)
        event.payload = try json(Body(move: move, versionID: version.id, effectiveAt: version.effectiveAt))
        return event
    }

    /// `zone_set.published`: the version applied, with its counts.
    static func published(_ version: ZoneVersion, at date: Date) throws -> OutboxEvent {
        struct Body: Encodable {
            var version_id: String
            var number: Int
            var effective_at: Date
            var published_by: String?
            var note: String?
            var zone_count: Int
            var added: Int
            var removed: Int
            var changed: Int
            var moved: Int?
        }
        var event = OutboxEvent(id: FieldRules.newID("evt_"), tenantID: version.tenantID, kind: .zoneSetPublished, subjectID: version.id, createdAt: date)
        event.payload = try json(Body(
            version_id: version.id, number: version.number, effective_at: version.effectiveAt, published_by: version.publishedBy,
            note: version.note, zone_count: version.zoneCount, added: version.added, removed: version.removed, changed: version.changed,
            moved: version.moved
        ))
        return event
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
