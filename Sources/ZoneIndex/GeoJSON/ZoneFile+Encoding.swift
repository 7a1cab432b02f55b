import Foundation

extension ZoneFile {
    /// `zones` as a GeoJSON FeatureCollection with the zone properties (`id`, `name`, `zip_codes`, `priority`,
    /// `is_active`). Coordinates are written in full precision, so reading the file back gives the same zones.
    public static func geoJSON(_ zones: [Zone]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return try encoder.encode(Collection(features: zones.map(Feature.init)))
    }

    private struct Collection: Encodable {
        let type = "FeatureCollection"
        let features: [Feature]
    }

    private struct Feature: Encodable {
        let type = "Feature"
        let properties: Properties
        let geometry: ZoneBoundary

        init(_ zone: Zone) {
            properties = Properties(
                id: zone.id, name: zone.name, zipCodes: zone.zipCodes, priority: zone.priority, isActive: zone.isActive
            )
            geometry = zone.boundary
        }
    }

    private struct Properties: Encodable {
        let id: String
        let name: String
        let zipCodes: [String]
        let priority: Int
        let isActive: Bool

        enum CodingKeys: String, CodingKey {
            case id, name, priority
            case zipCodes = "zip_codes"
            case isActive = "is_active"
        }
    }
}
