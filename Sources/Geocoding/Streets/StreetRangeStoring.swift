import Foundation

/// One county's TIGER/Line address ranges as imported.
public struct TigerCounty: Sendable, Equatable, Codable {
    /// The county's five-digit FIPS code (state and county), e.g. `48453`; or the file's name when it has none.
    public var code: String
    /// The file it was read from.
    public var source: String
    public var edges: Int
    public var ranges: Int
    public var importedAt: Date

    public init(code: String, source: String, edges: Int, ranges: Int, importedAt: Date) {
        self.code = code
        self.source = source
        self.edges = edges
        self.ranges = ranges
        self.importedAt = importedAt
    }

    /// The county code in a TIGER/Line file name (`tl_2024_48453_addrfeat.zip` → `48453`), else the name without
    /// its extension.
    public static func code(fromFileName name: String) -> String {
        let base = (name as NSString).lastPathComponent
        let parts = base.lowercased().split(separator: "_")
        if parts.count >= 4, parts[0] == "tl", parts[2].count == 5, parts[2].allSatisfy(\.isASCIIDigit) {
            return String(parts[2])
        }
        return (base as NSString).deletingPathExtension
    }
}

/// Where street address ranges are kept: shared by every tenant (they are public reference data).
public protocol StreetRangeStoring: Sendable {
    /// Replaces everything held for `county` with `edges` and `ranges`, in one transaction.
    func replaceCounty(_ county: TigerCounty, edges: [StreetEdge], ranges: [StreetRange]) async throws
    /// The counties held, by code.
    func counties() async throws -> [TigerCounty]
    /// Every edge and range held.
    func allStreetRanges() async throws -> (edges: [StreetEdge], ranges: [StreetRange])
}
