/// A coordinate reference system named in a zone file or on the command line.
public struct CoordinateReferenceSystem: Hashable, Sendable, CustomStringConvertible {
    /// The name PROJ is given.
    public let identifier: String

    /// WGS84 longitude/latitude, GeoJSON's own system.
    public static let wgs84 = CoordinateReferenceSystem(identifier: "OGC:CRS84")

    /// Reads the names GeoJSON files and users write: `EPSG:2263`, `urn:ogc:def:crs:EPSG::2263`,
    /// `urn:ogc:def:crs:EPSG:6.6:2263`, `http://www.opengis.net/def/crs/EPSG/0/2263`, `urn:ogc:def:crs:OGC:1.3:CRS84`.
    /// Any other text goes to PROJ as it is (`ESRI:102739`, a PROJ string, WKT).
    public init(name: String) {
        let trimmed = String(name.trimmingWhitespace())
        let lower = trimmed.lowercased()
        if lower.hasSuffix("crs84") {
            self = .wgs84
        } else if let code = Self.epsgCode(in: lower) {
            self.identifier = "EPSG:\(code)"
        } else {
            self.identifier = trimmed
        }
    }

    private init(identifier: String) {
        self.identifier = identifier
    }

    /// An EPSG code.
    public init(epsg code: Int) {
        self.identifier = "EPSG:\(code)"
    }

    /// Whether positions are already WGS84 longitude, latitude. Legacy GeoJSON wrote EPSG:4326 in that order too.
    public var isWGS84LongitudeLatitude: Bool {
        identifier == Self.wgs84.identifier || identifier == "EPSG:4326"
    }

    public var description: String { identifier }

    private static func epsgCode(in lower: String) -> Int? {
        let prefixes = ["urn:ogc:def:crs:epsg:", "http://www.opengis.net/def/crs/epsg/", "https://www.opengis.net/def/crs/epsg/", "epsg:"]
        guard let prefix = prefixes.first(where: lower.hasPrefix) else { return nil }
        // The code is the last component; versions ("6.6", "0") or an empty one may stand between.
        let rest = lower.dropFirst(prefix.count)
        let last = rest.split(whereSeparator: { $0 == ":" || $0 == "/" }).last.map(String.init) ?? ""
        return Int(last)
    }
}
