import Customers
import Foundation
import Geocoding

/// The impact preview of a draft: its zone changes, a summary of the moves, and one page of them.
struct ImpactBody: Encodable {
    var baseVersion: String?
    var zones: Zones
    var summary: Summary
    var moves: [RezoneMoveBody]
    var total: Int
    var page: Int
    var limit: Int

    struct Zones: Encodable {
        var added: [String]
        var removed: [String]
        var changed: [String]
    }

    struct Summary: Encodable {
        var moved: Int
        var unzoned: Int
        var newlyZoned: Int
        var pinned: Int
        var byPair: [Pair]

        enum CodingKeys: String, CodingKey {
            case moved, unzoned, newlyZoned = "newly_zoned", pinned, byPair = "by_pair"
        }
    }

    struct Pair: Encodable {
        var from: String?
        var to: String?
        var count: Int

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(from, forKey: .from)
            try container.encode(to, forKey: .to)
            try container.encode(count, forKey: .count)
        }

        enum CodingKeys: String, CodingKey { case from, to, count }
    }

    init(_ plan: RezonePlan, page: Int, limit: Int) {
        baseVersion = plan.baseVersionID
        zones = Zones(added: plan.addedZones, removed: plan.removedZones, changed: plan.changedZones)
        summary = Summary(
            moved: plan.moves.count, unzoned: plan.unzoned, newlyZoned: plan.newlyZoned, pinned: plan.pinned,
            byPair: plan.byPair.map { Pair(from: $0.from, to: $0.to, count: $0.count) }
        )
        let start = min((page - 1).multipliedReportingOverflow(by: limit).partialValue, plan.moves.count)
        moves = Array(plan.moves[start..<min(start + limit, plan.moves.count)])
        total = plan.moves.count
        self.page = page
        self.limit = limit
    }

    enum CodingKeys: String, CodingKey {
        case baseVersion = "base_version", zones, summary, moves, total, page, limit
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(baseVersion, forKey: .baseVersion)
        try container.encode(zones, forKey: .zones)
        try container.encode(summary, forKey: .summary)
        try container.encode(moves, forKey: .moves)
        try container.encode(total, forKey: .total)
        try container.encode(page, forKey: .page)
        try container.encode(limit, forKey: .limit)
    }
}

/// One move as the preview lists it (every key present, null when there is no value).
typealias RezoneMoveBody = PropertyMove

/// The moves as CSV, one row each after a header: the customer-notice list.
enum RezoneMovesCSV {
    static let header = [
        "property_id", "customer_id", "customer_name", "address", "from_zone_id", "to_zone_id", "from_route_template_id",
        "to_route_template_id", "from_trash_day", "to_trash_day",
    ]

    static func text(_ moves: [PropertyMove]) -> String {
        var lines = [CSVWriter.line(header)]
        for move in moves {
            let fields = [
                move.propertyID, move.customerID, move.customerName, move.address, move.fromZoneID, move.toZoneID,
                move.fromRouteTemplateID, move.toRouteTemplateID, move.fromTrashDay, move.toTrashDay,
            ]
            lines.append(CSVWriter.line(fields.map { $0 ?? "" }))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
