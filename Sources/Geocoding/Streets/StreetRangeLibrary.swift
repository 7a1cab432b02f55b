import Synchronization

/// The street ranges the offline geocoder answers from: the latest snapshot loaded from a store, replaced whole when
/// the store's counties change.
public final class StreetRangeLibrary: Sendable {
    private let state: Mutex<(index: StreetRangeIndex, counties: [TigerCounty])>

    public init(index: StreetRangeIndex = .empty, counties: [TigerCounty] = []) {
        state = Mutex((index, counties))
    }

    /// The snapshot in use.
    public var index: StreetRangeIndex { state.withLock { $0.index } }

    /// The counties the snapshot holds.
    public var counties: [TigerCounty] { state.withLock { $0.counties } }

    /// Loads `store`'s ranges when its counties differ from the snapshot's; returns whether it did.
    @discardableResult
    public func refresh(from store: any StreetRangeStoring) async throws -> Bool {
        let counties = try await store.counties()
        guard counties != self.counties else { return false }
        let (edges, ranges) = try await store.allStreetRanges()
        let index = StreetRangeIndex(edges: edges, ranges: ranges)
        state.withLock { $0 = (index, counties) }
        return true
    }
}
