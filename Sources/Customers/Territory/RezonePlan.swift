import Foundation
import ZoneIndex
import Zones

/// What publishing a zone set would do: the zones it adds, removes and changes, and every property it moves, as
/// production's matcher (the set indexed as a snapshot) places them.
public struct RezonePlan: Sendable {
    public var baseVersionID: String?
    public var addedZones: [String]
    public var removedZones: [String]
    public var changedZones: [String]
    /// The moves in property-id order.
    public var moves: [PropertyMove]
    /// Properties whose zone was given by hand (`manual`), which stay where they are though the new set places
    /// them elsewhere.
    public var pinned: Int

    /// Moves to no zone.
    public var unzoned: Int { moves.count { $0.toZoneID == nil } }
    /// Moves from no zone.
    public var newlyZoned: Int { moves.count { $0.fromZoneID == nil } }

    /// How many moves go from each zone to each other, most first.
    public var byPair: [(from: String?, to: String?, count: Int)] {
        struct Pair: Hashable { var from: String?, to: String? }
        var counts: [Pair: Int] = [:]
        for move in moves { counts[Pair(from: move.fromZoneID, to: move.toZoneID), default: 0] += 1 }
        return counts.map { (from: $0.key.from, to: $0.key.to, count: $0.value) }
            .sorted { ($1.count, $0.from ?? "", $0.to ?? "") < ($0.count, $1.from ?? "", $1.to ?? "") }
    }

    /// The plan for moving `subjects` from the `live` set to `proposed`: each property not pinned and with a
    /// point or a ZIP code is matched on the proposed set (polygon, then ZIP) and moves when its zone differs. Its
    /// route template is the active one serving its new zone and plan; in uniform trash-day mode its trash day
    /// becomes that template's day.
    public static func make(
        subjects: [RezoneSubject], live: [PositionedZone], proposed: [PositionedZone], templates: [RouteTemplate],
        settings: TenantSettings, baseVersionID: String?
    ) throws -> RezonePlan {
        let delta = ZoneSetDelta(from: live, to: proposed)
        let added = Set(delta.upserted.map(\.id)).subtracting(live.map(\.zone.id))
        let index = try ZoneIndex(zones: proposed.sorted { ($0.position, $0.zone.id) < ($1.position, $1.zone.id) }.map(\.zone))
        let routes = TemplateChoice(templates)
        var moves: [PropertyMove] = []
        var pinned = 0
        for subject in subjects where subject.lat != nil || subject.zip != nil {
            let (zoneID, method) = match(subject, on: index)
            guard zoneID != subject.zoneID else { continue }
            if subject.method == .manual {
                pinned += 1
                continue
            }
            let template = zoneID.flatMap { zone in subject.planID.flatMap { routes.template(zoneID: zone, planID: $0) } }
            var trashDay = subject.trashDay
            if settings.trashDayMode == .uniform, let template { trashDay = FieldRules.weekdays.first { $0.lowercased() == template.dayOfWeek } }
            moves.append(PropertyMove(
                propertyID: subject.propertyID, customerID: subject.customerID, customerName: subject.customerName,
                address: subject.address, fromZoneID: subject.zoneID, toZoneID: zoneID, fromRouteTemplateID: subject.templateID,
                toRouteTemplateID: template?.id, fromTrashDay: subject.trashDay, toTrashDay: trashDay, method: method
            ))
        }
        return RezonePlan(
            baseVersionID: baseVersionID, addedZones: delta.upserted.map(\.id).filter { added.contains($0) }, removedZones: delta.removed,
            changedZones: delta.changedIDs,
            moves: moves.sorted { $0.propertyID < $1.propertyID }, pinned: pinned
        )
    }

    /// The zone the proposed set gives `subject`, and how: the active zone covering its point, else one listing its
    /// ZIP code (a malformed ZIP does not hide a polygon match), as production matches.
    static func match(_ subject: RezoneSubject, on index: ZoneIndex) -> (String?, ZoneMatchMethod) {
        let match = (try? index.match(lat: subject.lat, lng: subject.lng, zip: subject.zip))
            ?? (try? index.match(lat: subject.lat, lng: subject.lng, zip: nil))
        guard let match, let zone = match.zone else { return (nil, .none) }
        return (zone.id, ZoneMatchMethod(match.method))
    }
}

/// The route template a property on a zone and plan is a stop of: the active one serving both, the first by name.
struct TemplateChoice {
    private var chosen: [String: RouteTemplate] = [:]

    init(_ templates: [RouteTemplate]) {
        for template in templates.sorted(by: { ($0.name, $0.id) < ($1.name, $1.id) }) where template.isActive {
            guard let zone = template.serviceZoneID, let plan = template.servicePlanID else { continue }
            let key = zone + "\u{1F}" + plan
            if chosen[key] == nil { chosen[key] = template }
        }
    }

    func template(zoneID: String, planID: String) -> RouteTemplate? {
        chosen[zoneID + "\u{1F}" + planID]
    }
}
