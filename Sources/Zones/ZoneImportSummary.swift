/// What an import changed.
public struct ZoneImportSummary: Sendable, Hashable {
    /// Zones that were new to the tenant.
    public var inserted: Int
    /// Existing zones that were replaced.
    public var updated: Int
    /// Zones removed because a replacing import did not hold them.
    public var deleted: Int

    public init(inserted: Int, updated: Int, deleted: Int = 0) {
        self.inserted = inserted
        self.updated = updated
        self.deleted = deleted
    }
}
