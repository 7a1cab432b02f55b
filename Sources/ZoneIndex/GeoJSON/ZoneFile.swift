import Foundation

/// The zones read from a zone file (GeoJSON here, other formats through ZoneFormats), with every problem found
/// and every repair made.
public struct ZoneFile: Sendable {
    /// The usable zones, in file order.
    public var zones: [Zone]
    /// Features that could not be used, and why.
    public var problems: [ZoneFileIssue]
    /// Features that were used only after `repair` fixed them, and what was fixed.
    public var repairs: [ZoneFileIssue]
    /// Changes made without asking, as every GIS tool makes them: positions within 1e-9 degrees beyond ±180/±90
    /// moved onto the edge, polygons crossing the antimeridian cut there.
    public var notes: [ZoneFileIssue] = []
    /// The CRS the coordinates were read in.
    public var sourceCRS: CoordinateReferenceSystem

    /// How to read a zone file.
    public struct Options: Sendable {
        /// The tenant the zones belong to.
        public var tenantID: String
        /// The coordinates' CRS, overriding the one the file declares (a GeoJSON `crs` member, a layer's SRS).
        public var crs: CoordinateReferenceSystem?
        /// Whether to fix invalid boundaries (GEOS MakeValid, closing open rings) instead of rejecting them.
        public var repair: Bool

        public init(tenantID: String = Zone.defaultTenant, crs: CoordinateReferenceSystem? = nil, repair: Bool = false) {
            self.tenantID = tenantID
            self.crs = crs
            self.repair = repair
        }
    }
}

/// A problem or repair in one feature of a zone file.
public struct ZoneFileIssue: Sendable, Equatable, CustomStringConvertible {
    /// The feature's position in the collection, from 0.
    public let featureIndex: Int
    /// The feature's id, when it has one.
    public let featureID: String?
    public let message: String
    /// Whether reading again with `repair` fixes this problem.
    public let repairable: Bool

    public init(featureIndex: Int, featureID: String?, message: String, repairable: Bool = false) {
        self.featureIndex = featureIndex
        self.featureID = featureID
        self.message = message
        self.repairable = repairable
    }

    public var description: String {
        let name = featureID.map { "feature \(featureIndex) (id \($0))" } ?? "feature \(featureIndex)"
        return "\(name): \(message)"
    }
}

/// A zone file that cannot be read at all.
public enum ZoneFileError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case notJSON(reason: String)
    case notFeatureCollection(type: String)
    case unusableCRS(ProjectionError)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .notJSON(let reason): "not valid JSON: \(reason)"
        case .notFeatureCollection(let type): "expected a GeoJSON FeatureCollection, found \"\(type)\""
        case .unusableCRS(let error): error.description
        }
    }
}
