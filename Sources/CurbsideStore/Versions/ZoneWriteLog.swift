/// The zones one write to a tenant's set added, changed and removed: what its version records.
struct ZoneWriteLog: Sendable, Equatable {
    /// Ids of zones added or changed, in the order written.
    var upserted: [String] = []
    /// How many of `upserted` are new.
    var added = 0
    var removed: [String] = []

    var isEmpty: Bool { upserted.isEmpty && removed.isEmpty }
}
