import Foundation

extension ZoneFile {
    /// `zones` as an RFC 7946 GeoJSON FeatureCollection with the zone properties (`id`, `name`, `zip_codes`,
    /// `priority`, `is_active`; the id is also the feature's). Rings follow the right-hand rule (exteriors
    /// counterclockwise, holes clockwise); coordinates are written in full precision, so reading the file back
    /// gives the same zones, and writing those gives the same bytes.
    public static func geoJSON(_ zones: [Zone]) throws -> Data {
        try geoJSON(zones, zipCodesAsText: false)
    }

    /// `geoJSON(zones)`, with each zone's ZIP codes as one comma-separated text when `zipCodesAsText` (for formats
    /// that hold no lists, such as Shapefile).
    public static func geoJSON(_ zones: [Zone], zipCodesAsText: Bool) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return try encoder.encode(Collection(features: zones.map { Feature($0, zipCodesAsText: zipCodesAsText) }))
    }

    private struct Collection: Encodable {
        let type = "FeatureCollection"
        let features: [Feature]
    }

    private struct Feature: Encodable {
        let type = "Feature"
        let id: String
        let properties: Properties
        let geometry: ZoneBoundary

        init(_ zone: Zone, zipCodesAsText: Bool) {
            id = zone.id
            properties = Properties(
                id: zone.id, name: zone.name, zipCodes: zipCodesAsText ? .text(zone.zipCodes.joined(separator: ",")) : .list(zone.zipCodes),
                priority: zone.priority, isActive: zone.isActive
            )
            geometry = zone.boundary.rightHanded
        }
    }

    /// ZIP codes as a list, or as one text for formats without lists.
    private enum ZIPCodes: Encodable {
        case list([String])
        case text(String)

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .list(let codes): try container.encode(codes)
            case .text(let text): try container.encode(text)
            }
        }
    }

    private struct Properties: Encodable {
        let id: String
        let name: String
        let zipCodes: ZIPCodes
        let priority: Int
        let isActive: Bool

        enum CodingKeys: String, CodingKey {
            case id, name, priority
            case zipCodes = "zip_codes"
            case isActive = "is_active"
        }
    }
}

extension ZoneBoundary {
    /// The boundary with every exterior ring counterclockwise and every hole clockwise (RFC 7946's right-hand rule).
    var rightHanded: ZoneBoundary {
        func oriented(_ polygon: Polygon) -> Polygon {
            Polygon(exterior: Self.ring(polygon.exterior, counterclockwise: true), holes: polygon.holes.map { Self.ring($0, counterclockwise: false) })
        }
        return switch self {
        case .polygon(let polygon): .polygon(oriented(polygon))
        case .multiPolygon(let polygons): .multiPolygon(polygons.map(oriented))
        }
    }

    /// `ring`, reversed when its winding (the sign of its shoelace sum) is not the one asked for.
    private static func ring(_ ring: [Coordinate], counterclockwise: Bool) -> [Coordinate] {
        var twiceArea = 0.0
        for i in ring.indices.dropFirst() {
            twiceArea += ring[i - 1].x * ring[i].y - ring[i].x * ring[i - 1].y
        }
        return (twiceArea > 0) == counterclockwise || twiceArea == 0 ? ring : ring.reversed()
    }
}
