import ZoneIndex
import Zones

extension ServiceZoneController {
    /// What `POST /api/service-zones/import` answers: the counts, and every repair and note of the reader.
    struct ImportBody: Encodable {
        var mode: String
        var zones: Int
        var inserted: Int
        var updated: Int
        var deleted: Int
        var repairs: [Issue]
        var notes: [Issue]

        init(_ result: ZoneImportResult, mode: ZoneImportMode) {
            self.mode = mode.rawValue
            zones = result.zones
            inserted = result.summary.inserted
            updated = result.summary.updated
            deleted = result.summary.deleted
            repairs = result.repairs.map(Issue.init)
            notes = result.notes.map(Issue.init)
        }
    }

    /// A repair or note about one feature of an imported file.
    struct Issue: Encodable {
        var featureIndex: Int
        var featureID: String?
        var message: String

        init(_ issue: ZoneFileIssue) {
            featureIndex = issue.featureIndex
            featureID = issue.featureID
            message = issue.message
        }

        enum CodingKeys: String, CodingKey {
            case featureIndex = "feature_index", featureID = "feature_id", message
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(featureIndex, forKey: .featureIndex)
            try container.encode(featureID, forKey: .featureID)
            try container.encode(message, forKey: .message)
        }
    }
}
