/// What an import changed.
public struct ZoneImportSummary: Sendable, Hashable {
    /// Zones that were new to the tenant.
    public var inserted: Int
    /// Existing zones that were replaced.
    public var updated: Int

    public init(inserted: Int, updated: Int) {
        self.inserted = inserted
        self.updated = updated
    }
}
