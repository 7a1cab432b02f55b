import Foundation

/// A tenant's applied versions in the order they take effect (`effectiveAt`, then `number`): which one was in
/// effect at a date, and which went before it.
public struct ZoneVersionTimeline: Sendable {
    /// The applied versions in effect order.
    public let applied: [ZoneVersion]

    /// The timeline of `versions` (of any status; only applied ones count).
    public init(_ versions: [ZoneVersion]) {
        applied = versions.filter { $0.status == .applied }.sorted { ($0.effectiveAt, $0.number) < ($1.effectiveAt, $1.number) }
    }

    /// The version in effect at `date`: the last applied one whose date has come; nil before the first.
    public func version(at date: Date) -> ZoneVersion? {
        applied.last { $0.effectiveAt <= date }
    }

    /// The current version: the last in effect order.
    public var current: ZoneVersion? { applied.last }

    /// The ids of the versions in effect order up to and including `id` (every applied one when `id` is not applied).
    public func ids(through id: String) -> [String] {
        guard let end = applied.firstIndex(where: { $0.id == id }) else { return applied.map(\.id) }
        return applied[...end].map(\.id)
    }
}
