import Foundation
import Geocoding

/// The request and response schemas of the OpenAPI document.
enum OpenAPISchemas {
    private static var number: [String: Any] { ["type": "number"] }
    static var string: [String: Any] { ["type": "string"] }
    static var nullableString: [String: Any] { ["type": ["string", "null"]] }
    private static var id: [String: Any] { ["type": ["string", "number"], "description": "Echoed back as given"] }

    /// The characters the service trims from text fields (Swift's `whitespacesAndNewlines`: Unicode Z*, tab, the
    /// line breaks and NEL), as a regular-expression class body; ECMA's `\s` differs (NEL, BOM).
    static let spaceCharacters = #"\t\n\u000B\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000"#
    /// Any run of those characters.
    static let spaces = "[" + spaceCharacters + "]*"
    /// A pattern for text that is not blank once trimmed.
    static let notBlank = "[^" + spaceCharacters + "]"

    /// A ZIP code as the service reads it: 5 digits, ZIP+4 (`78701-1234` or `787011234`), or 3–4 digits missing
    /// their leading zeros, with spaces around allowed; blank means none.
    static var zip: [String: Any] {
        ["type": "string", "pattern": #"^[ \t\n\r]*(([0-9]{3,5}|[0-9]{5}-[0-9]{4}|[0-9]{9})[ \t\n\r]*)?$"#, "examples": ["78701", "78701-1234"]]
    }

    /// A zone's ZIP code: as `zip`, but not blank.
    static var zoneZIP: [String: Any] {
        ["type": "string", "pattern": #"^[ \t\n\r]*([0-9]{3,5}|[0-9]{5}-[0-9]{4}|[0-9]{9})[ \t\n\r]*$"#, "examples": ["78701"]]
    }

    /// A US address in one line.
    static var address: [String: Any] {
        [
            "type": "string", "minLength": 1, "maxLength": 512,
            "description": "A house number and street, a ZIP code, or a city and state; 422 when it is none of these or nothing matches",
            "examples": ["1100 Congress Ave, Austin, TX 78701", "78701", "Austin, TX"],
        ]
    }

    /// One of `values`, with spaces around allowed (and, when `blankAllowed`, nothing at all), as the service reads
    /// such fields (it also reads them in any case).
    static func oneOf(anyCase values: [String], blankAllowed: Bool) -> [String: Any] {
        let alternatives = "(" + values.joined(separator: "|") + ")"
        return [
            "type": "string", "pattern": "^" + spaces + alternatives + (blankAllowed ? "?" : "") + spaces + "$", "examples": values,
            "description": "One of \(values.joined(separator: ", ")) (read in any case)" + (blankAllowed ? "; blank means the default" : ""),
        ]
    }

    static func object(_ properties: [String: Any], required: [String] = []) -> [String: Any] {
        ["type": "object", "properties": properties, "required": required]
    }

    /// A request body object whose optional properties may also be `null`, which the service reads as absent.
    static func input(_ properties: [String: Any], required: [String] = [], example: [String: Any]? = nil, examples more: [[String: Any]] = []) -> [String: Any] {
        var nullable = properties
        for (name, schema) in properties where !required.contains(name) {
            nullable[name] = orNull(schema as? [String: Any] ?? [:])
        }
        var schema: [String: Any] = ["type": "object", "properties": nullable, "required": required]
        let examples = (example.map { [$0] } ?? []) + more
        if !examples.isEmpty { schema["examples"] = examples }
        return schema
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
                "error": object([
                    "code": string, "message": string,
                    "problems": ["type": "array", "items": ref("ZoneFileProblem"), "description": "A refused zone file's problems, by feature"],
                ], required: ["code", "message"]),
            ], required: ["error"]),
            "Health": object([
                "status": ["type": "string", "enum": ["ok", "unavailable"]], "database": ["type": "string", "enum": ["ok", "unreachable"]],
                "zones": ["type": "integer", "minimum": 0], "geocoder": string,
            ], required: ["status", "database", "zones", "geocoder"]),
            "MatchRequest": matchRequest,
            "Match": object([
                "zone_id": nullableString, "zone_name": nullableString,
                "method": ["type": "string", "enum": ["polygon", "zip", "none"]],
                "boundary_distance_m": orNull(["type": "number", "minimum": 0, "description": """
                    With detail=true: geodesic metres (to 0.1 m) from the point to the nearest boundary of any active zone; \
                    null without a point or without active zones
                    """]),
                "nearest_zone_id": orNull(["type": "string", "description": "With detail=true, for zip and none answers to a point: the nearest active zone"]),
                "nearest_zone_name": nullableString,
                "nearest_distance_m": orNull(["type": "number", "minimum": 0, "description": "With detail=true, for zip and none answers to a point: metres to the nearest active zone"]),
            ], required: ["zone_id", "zone_name", "method"]),
            "BatchRequest": [
                "type": "object", "required": ["points"],
                "properties": ["points": ["type": "array", "maxItems": MatchZoneController.maximumBatchSize, "items": ref("MatchRequest")]],
                "examples": [["points": [["id": 1, "lat": 30.2747, "lng": -97.7404], ["id": 2, "lat": 30.39, "lng": -97.72, "zip": "78758"]]]],
            ],
            "BatchResult": ["allOf": [ref("Match"), object(["id": id])]],
            "BatchResponse": object(["results": ["type": "array", "items": ref("BatchResult")]], required: ["results"]),
            "LineError": object([
                "id": id, "line": ["type": "integer", "minimum": 1],
                "error": object(["code": string, "message": string], required: ["code", "message"]),
            ], required: ["line", "error"]),
            "GeocodeRequest": [
                "type": "object", "required": ["address"], "properties": ["address": address],
                "examples": [["address": "1100 Congress Ave, Austin, TX 78701"]],
            ],
            "GeocodeResult": object([
                "lat": ["type": "number", "minimum": -90, "maximum": 90], "lng": ["type": "number", "minimum": -180, "maximum": 180],
                "formatted_address": string, "postcode": nullableString,
                "precision": [
                    "type": "string", "enum": GeocodePrecision.allCases.map(\.rawValue),
                    "description": "From the most precise to the least; region and country answers locate no address",
                ],
                "source": ["type": "string", "enum": ["offline", "tiger", "mapbox", "census", "nominatim"]],
                "confidence": ["type": "number", "minimum": 0, "maximum": 1], "cached": ["type": "boolean"],
            ], required: ["lat", "lng", "formatted_address", "precision", "source", "confidence", "cached"]),
            "ReverseGeocodeResult": object([
                "address": string, "street": nullableString, "number": nullableString, "postcode": nullableString,
                "distance_m": ["type": "number", "minimum": 0],
                "precision": ["type": "string", "enum": ["rooftop", "street", "postcode"]],
                "source": ["type": "string", "enum": ["tiger", "offline"]],
            ], required: ["address", "street", "number", "postcode", "distance_m", "precision", "source"]),
            "ServiceZoneInput": zoneInput,
            "ServiceZoneReplacement": zoneReplacement,
            "ServiceZone": object([
                "id": string, "name": string, "boundary": ref("Geometry"),
                "zip_codes": ["type": "array", "items": string], "priority": ["type": "integer"], "is_active": ["type": "boolean"],
            ], required: ["id", "name", "boundary", "zip_codes", "priority", "is_active"]),
            "ServiceZoneList": object([
                "data": ["type": "array", "items": ref("ServiceZone")], "total": ["type": "integer", "minimum": 0],
            ], required: ["data", "total"]),
        ]
    }

    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }

    /// The examples of the schema named `name`, for the request bodies that take it.
    static func examples(of name: String) -> [Any] {
        let schema = all[name] ?? customerSchemas[name] ?? geoJSON[name] ?? zoneFiles[name]
        return ((schema as? [String: Any])?["examples"] as? [Any]) ?? []
    }

    /// A zone as POST takes it.
    static var zoneInput: [String: Any] {
        input([
            "id": ["type": "string", "pattern": "^sz_[A-Za-z0-9_-]{1,61}$", "description": "Generated when omitted; on PUT, the path's id"],
            "name": ["type": "string", "pattern": notBlank, "description": "Trimmed; not blank", "examples": ["North Loop"]],
            "boundary": ref("Geometry"),
            "zip_codes": ["type": "array", "items": zoneZIP, "description": "Matched when no boundary covers a point"],
            "priority": ["type": "integer", "description": "Higher wins where zones overlap"],
            "is_active": ["type": "boolean"],
        ], required: ["name", "boundary"], example: [
            "name": "North Loop",
            "boundary": ["type": "Polygon", "coordinates": [[[-97.73, 30.31], [-97.71, 30.31], [-97.71, 30.33], [-97.73, 30.33], [-97.73, 30.31]]]],
            "zip_codes": ["78751"], "priority": 0, "is_active": true,
        ], examples: [
            ["name": "Mueller", "boundary": ["type": "Polygon", "coordinates": [[[-97.71, 30.29], [-97.69, 30.29], [-97.69, 30.31], [-97.71, 30.29]]]]],
            [
                "name": "Lake Travis shores", "priority": 2, "zip_codes": ["78734", "78669-1234"],
                "boundary": ["type": "MultiPolygon", "coordinates": [
                    [[[-97.95, 30.40], [-97.90, 30.40], [-97.90, 30.45], [-97.95, 30.45], [-97.95, 30.40]]],
                    [[[-97.88, 30.38], [-97.85, 30.38], [-97.85, 30.41], [-97.88, 30.38]]],
                ]],
            ],
            ["name": "Manor", "is_active": false, "boundary": ["type": "Polygon", "coordinates": [[[-97.56, 30.33], [-97.54, 30.33], [-97.54, 30.35], [-97.56, 30.35], [-97.56, 30.33]]]]],
        ])
    }

    /// A zone as PUT takes it: `ServiceZoneInput` without `id`, which the path gives (a body `id` that differs from
    /// the path is refused).
    static var zoneReplacement: [String: Any] {
        var schema = zoneInput
        var properties = (schema["properties"] as? [String: Any]) ?? [:]
        properties["id"] = nil
        schema["properties"] = properties
        return schema
    }

    /// A point: `lat` and `lng` together, a `zip`, or both.
    static var matchRequest: [String: Any] {
        var schema = input([
                "id": id,
                "lat": ["type": "number", "minimum": -90, "maximum": 90],
                "lng": ["type": "number", "minimum": -180, "maximum": 180],
                "zip": zip.merging(["description": "The fallback when no boundary covers the point"]) { $1 },
            ], example: ["id": "stop-1", "lat": 30.2747, "lng": -97.7404, "zip": "78701"])
        schema["dependentRequired"] = ["lat": ["lng"], "lng": ["lat"]]
        schema["description"] = "A point: lat and lng together, a zip, or both (the zip is the fallback when no boundary covers the point)"
        return schema
    }
}
