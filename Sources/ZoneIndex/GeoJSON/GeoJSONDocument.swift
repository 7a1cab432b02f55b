/// The parts of a GeoJSON FeatureCollection a zone file uses, decoded leniently: one broken feature does not
/// stop the others from being read.
struct GeoJSONDocument: Decodable {
    let type: String
    let features: [LenientFeature]?
    let crs: LegacyCRS?

    /// The GeoJSON 2008 `crs` member: `{"type":"name","properties":{"name":…}}` or `{"type":"EPSG","properties":{"code":…}}`.
    struct LegacyCRS: Decodable {
        let type: String?
        let properties: Properties?

        struct Properties: Decodable {
            let name: String?
            let code: Int?
        }

        var system: CoordinateReferenceSystem? {
            if let name = properties?.name { return CoordinateReferenceSystem(name: name) }
            if let code = properties?.code { return CoordinateReferenceSystem(epsg: code) }
            return nil
        }
    }
}

/// A feature, or why it could not be decoded, with its id when that much could be read.
struct LenientFeature: Decodable {
    let id: String?
    let feature: Result<GeoJSONFeature, DecodingError>

    init(id: String?, feature: Result<GeoJSONFeature, DecodingError>) {
        self.id = id
        self.feature = feature
    }

    init(from decoder: Decoder) throws {
        struct IDs: Decodable {
            let id: FlexibleString?
            let properties: Properties?
            struct Properties: Decodable { let id: FlexibleString? }
        }
        let ids = try? IDs(from: decoder)
        id = (ids?.properties?.id ?? ids?.id)?.value
        do {
            feature = .success(try GeoJSONFeature(from: decoder))
        } catch let error as DecodingError {
            feature = .failure(error)
        }
    }
}

struct GeoJSONFeature: Decodable {
    let type: String?
    let id: FlexibleString?
    let properties: ZoneProperties?
    let geometry: GeoJSONGeometry?
}

/// The zone properties a feature carries.
struct ZoneProperties: Decodable {
    let id: FlexibleString?
    let name: String?
    let zipCodes: ZIPList?
    let priority: FlexibleInt?
    let isActive: FlexibleBool?

    enum CodingKeys: String, CodingKey {
        case id, name, priority
        case zipCodes = "zip_codes"
        case isActive = "is_active"
    }
}

/// A Polygon, a MultiPolygon, or the type of any other geometry.
enum GeoJSONGeometry: Decodable {
    case polygon([[Coordinate]])
    case multiPolygon([[[Coordinate]]])
    case other(type: String)

    private enum CodingKeys: String, CodingKey { case type, coordinates }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "Polygon":
            self = .polygon(try container.decode([[Position]].self, forKey: .coordinates).map { $0.map(\.coordinate) })
        case "MultiPolygon":
            self = .multiPolygon(
                try container.decode([[[Position]]].self, forKey: .coordinates).map { $0.map { $0.map(\.coordinate) } }
            )
        default:
            self = .other(type: type)
        }
    }
}

/// A GeoJSON position: two or more numbers (an altitude and more may follow), of which the first two are used.
struct Position: Decodable {
    let coordinate: Coordinate

    init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        guard (container.count ?? 0) >= 2 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "a position needs two numbers"))
        }
        let x = try container.decode(Double.self)
        let y = try container.decode(Double.self)
        // What follows must be numbers too: a position is nothing else.
        while !container.isAtEnd { _ = try container.decode(Double.self) }
        coordinate = Coordinate(x: x, y: y)
    }
}
