import Foundation

/// The request and response schemas of the OpenAPI document.
enum OpenAPISchemas {
    private static var number: [String: Any] { ["type": "number"] }
    private static var string: [String: Any] { ["type": "string"] }
    private static var nullableString: [String: Any] { ["type": ["string", "null"]] }
    private static var id: [String: Any] { ["type": ["string", "number"], "description": "Echoed back as given"] }

    private static func object(_ properties: [String: Any], required: [String] = []) -> [String: Any] {
        ["type": "object", "properties": properties, "required": required]
    }

    /// A request body object whose optional properties may also be `null`, which the service reads as absent.
    static func input(_ properties: [String: Any], required: [String] = []) -> [String: Any] {
        var nullable = properties
        for (name, schema) in properties where !required.contains(name) {
            nullable[name] = orNull(schema as? [String: Any] ?? [:])
        }
        return ["type": "object", "properties": nullable, "required": required]
    }

    /// `schema`, also allowing `null`.
    static func orNull(_ schema: [String: Any]) -> [String: Any] {
        var schema = schema
        switch schema["type"] {
        case let type as String where type != "null":
            schema["type"] = [type, "null"]
        case let types as [String] where !types.contains("null"):
            schema["type"] = types + ["null"]
        case nil:
            return ["anyOf": [schema, ["type": "null"]]]
        default:
            break
        }
        if let values = schema["enum"] as? [Any] { schema["enum"] = values + [NSNull()] }
        return schema
    }

    static var all: [String: Any] {
        [
            "Error": object([
                "error": object(["code": string, "message": string], required: ["code", "message"]),
            ], required: ["error"]),
            "Health": object(["status": string, "zones": ["type": "integer"], "geocoder": string], required: ["status"]),
            "MatchRequest": input([
                "id": id,
                "lat": ["type": "number", "minimum": -90, "maximum": 90],
                "lng": ["type": "number", "minimum": -180, "maximum": 180],
                "zip": ["type": "string", "description": "5-digit or ZIP+4; the fallback when no boundary covers the point"],
            ]),
            "Match": object([
                "zone_id": nullableString, "zone_name": nullableString,
                "method": ["type": "string", "enum": ["polygon", "zip", "none"]],
            ], required: ["zone_id", "zone_name", "method"]),
            "BatchRequest": object(["points": ["type": "array", "maxItems": 100_000, "items": ["$ref": "#/components/schemas/MatchRequest"]]], required: ["points"]),
            "BatchResult": ["allOf": [["$ref": "#/components/schemas/Match"], object(["id": id])]],
            "BatchResponse": object(["results": ["type": "array", "items": ["$ref": "#/components/schemas/BatchResult"]]], required: ["results"]),
            "LineError": object([
                "id": id, "line": ["type": "integer"],
                "error": object(["code": string, "message": string], required: ["code", "message"]),
            ], required: ["line", "error"]),
            "GeocodeRequest": object(["address": string], required: ["address"]),
            "GeocodeResult": object([
                "lat": number, "lng": number, "formatted_address": string, "postcode": nullableString,
                "precision": ["type": "string", "enum": ["rooftop", "street", "postcode", "city"]],
                "source": ["type": "string", "enum": ["offline", "mapbox", "census", "nominatim"]],
                "confidence": ["type": "number", "minimum": 0, "maximum": 1], "cached": ["type": "boolean"],
            ], required: ["lat", "lng", "formatted_address", "precision", "source", "confidence", "cached"]),
            "Geometry": object([
                "type": ["type": "string", "enum": ["Polygon", "MultiPolygon"]],
                "coordinates": ["type": "array", "description": "GeoJSON positions [lng, lat], WGS84"],
            ], required: ["type", "coordinates"]),
            "ServiceZoneInput": input([
                "id": ["type": "string", "pattern": "^sz_[A-Za-z0-9_-]{1,61}$", "description": "Generated when omitted"],
                "name": string, "boundary": ["$ref": "#/components/schemas/Geometry"],
                "zip_codes": ["type": "array", "items": string], "priority": ["type": "integer"], "is_active": ["type": "boolean"],
            ], required: ["name", "boundary"]),
            "ServiceZone": object([
                "id": string, "name": string, "boundary": ["$ref": "#/components/schemas/Geometry"],
                "zip_codes": ["type": "array", "items": string], "priority": ["type": "integer"], "is_active": ["type": "boolean"],
            ], required: ["id", "name", "boundary", "zip_codes", "priority", "is_active"]),
            "ServiceZoneList": object([
                "data": ["type": "array", "items": ["$ref": "#/components/schemas/ServiceZone"]], "total": ["type": "integer"],
            ], required: ["data", "total"]),
        ]
    }
}
