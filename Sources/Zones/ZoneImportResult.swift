import ZoneIndex

/// What an import of a zone file did, and what the reader changed on the way.
public struct ZoneImportResult: Sendable {
    /// The zones the file held.
    public var zones: Int
    public var summary: ZoneImportSummary
    /// Features used only after a repair the import asked for, and what was repaired.
    public var repairs: [ZoneFileIssue]
    /// Changes made without asking (edge noise moved onto ±180/±90, antimeridian cuts).
    public var notes: [ZoneFileIssue]

    public init(zones: Int, summary: ZoneImportSummary, repairs: [ZoneFileIssue], notes: [ZoneFileIssue]) {
        self.zones = zones
        self.summary = summary
        self.repairs = repairs
        self.notes = notes
    }
}
