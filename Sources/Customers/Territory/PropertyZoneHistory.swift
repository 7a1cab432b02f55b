import Foundation

/// A property's zone over time: the periods between the zone changes versions made to it.
public struct PropertyZoneHistory: Sendable, Equatable {
    /// One period: the zone from a date (nil: since the property was placed) until the next change (nil: still).
    public struct Period: Sendable, Equatable {
        public var zoneID: String?
        public var from: Date?
        public var until: Date?
        /// The version that moved the property into this zone (nil for the first period).
        public var versionID: String?
    }

    public var propertyID: String
    public var currentZoneID: String?
    public var periods: [Period]

    /// The periods `changes` (oldest first) delimit; with none, one period of the current zone.
    public init(propertyID: String, currentZoneID: String?, changes: [PropertyZoneChange]) {
        self.propertyID = propertyID
        self.currentZoneID = currentZoneID
        guard let first = changes.first else {
            periods = [Period(zoneID: currentZoneID, from: nil, until: nil, versionID: nil)]
            return
        }
        var periods = [Period(zoneID: first.fromZoneID, from: nil, until: first.effectiveAt, versionID: nil)]
        for (offset, change) in changes.enumerated() {
            let next = offset + 1 < changes.count ? changes[offset + 1].effectiveAt : nil
            periods.append(Period(zoneID: change.toZoneID, from: change.effectiveAt, until: next, versionID: change.versionID))
        }
        self.periods = periods
    }
}
