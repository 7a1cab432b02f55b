/// GeoJSON `Polygon` and `MultiPolygon` (RFC 7946) down to the position, for zone boundaries.
extension OpenAPISchemas {
    static var geoJSON: [String: Any] {
        [
            "Position": [
                "type": "array", "items": ["type": "number"], "minItems": 2,
                "description": "[longitude, latitude] in WGS84 (an altitude may follow and is ignored)",
                "examples": [[-97.7404, 30.2747]],
            ],
            "LinearRing": [
                "type": "array", "items": ref("Position"), "minItems": 4,
                "description": "A closed ring: the last position repeats the first",
            ],
            "PolygonCoordinates": [
                "type": "array", "items": ref("LinearRing"), "minItems": 1, "description": "The exterior ring, then any holes",
            ],
            "Polygon": [
                "type": "object", "required": ["type", "coordinates"],
                "properties": ["type": ["type": "string", "enum": ["Polygon"]], "coordinates": ref("PolygonCoordinates")],
            ],
            "MultiPolygon": [
                "type": "object", "required": ["type", "coordinates"],
                "properties": [
                    "type": ["type": "string", "enum": ["MultiPolygon"]],
                    "coordinates": ["type": "array", "items": ref("PolygonCoordinates"), "minItems": 1],
                ],
            ],
            "Geometry": [
                "oneOf": [ref("Polygon"), ref("MultiPolygon")],
                "discriminator": [
                    "propertyName": "type",
                    "mapping": ["Polygon": "#/components/schemas/Polygon", "MultiPolygon": "#/components/schemas/MultiPolygon"],
                ],
                "description": "A zone boundary; it must be valid (closed, simple rings) or the write is refused with 422",
                "examples": [["type": "Polygon", "coordinates": [[[-97.73, 30.31], [-97.71, 30.31], [-97.71, 30.33], [-97.73, 30.33], [-97.73, 30.31]]]]],
            ],
        ]
    }
}
