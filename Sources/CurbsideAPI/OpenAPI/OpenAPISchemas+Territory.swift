import Customers
import Zones

/// The zone draft, version, impact and history schemas of the OpenAPI document.
extension OpenAPISchemas {
    static var territory: [String: Any] {
        let dateTime: [String: Any] = ["type": "string", "format": "date-time"]
        let count: [String: Any] = ["type": "integer", "minimum": 0]
        let ids: [String: Any] = ["type": "array", "items": string]
        let nullableDate = orNull(dateTime)
        let moveKeys = ["property_id", "customer_id", "customer_name", "address", "from_zone_id", "to_zone_id", "from_route_template_id",
                        "to_route_template_id", "from_trash_day", "to_trash_day", "zone_match_method"]
        var move: [String: Any] = [:]
        for key in moveKeys { move[key] = ["property_id", "customer_id", "customer_name", "address"].contains(key) ? string : nullableString }
        move["zone_match_method"] = ["type": "string", "enum": ["polygon", "zip", "none"]]
        return [
            "ZoneVersion": object([
                "id": string, "number": ["type": "integer", "minimum": 1],
                "status": ["type": "string", "enum": ZoneVersion.Status.allCases.map(\.rawValue)],
                "effective_at": dateTime, "published_by": string, "note": string, "base_version_id": string, "rezone": ["type": "boolean"],
                "counts": object(["zones": count, "added": count, "removed": count, "changed": count, "moved": count],
                                 required: ["zones", "added", "removed", "changed"]),
                "failure": string, "created_at": dateTime, "applied_at": dateTime,
            ], required: ["id", "number", "status", "effective_at", "rezone", "counts", "created_at"]),
            "ZoneVersionList": object(["data": ["type": "array", "items": ref("ZoneVersion")], "total": count], required: ["data", "total"]),
            "ZoneVersionSet": object([
                "type": ["type": "string", "enum": ["FeatureCollection"]],
                "features": ["type": "array", "items": ["type": "object"]],
                "version": ref("ZoneVersion"),
            ], required: ["type", "features", "version"]),
            "ZoneDraftInput": input([
                "name": string, "note": string,
                "from": ["type": "string", "enum": TerritoryService.DraftOrigin.allCases.map(\.rawValue),
                         "description": "current: a copy of the current set; empty: no zones"],
            ], required: ["from"], example: ["name": "January rebalance", "from": "current"]),
            "ZoneDraft": object([
                "id": string, "name": string, "note": string, "base_version_id": string, "created_by": string, "zone_count": count,
                "created_at": dateTime, "updated_at": dateTime,
            ], required: ["id", "zone_count", "created_at", "updated_at"]),
            "ZoneDraftList": object(["data": ["type": "array", "items": ref("ZoneDraft")], "total": count], required: ["data", "total"]),
            "ZonePublishInput": input([
                "effective_at": dateTime.merging(["description": "When the set takes effect; absent or not after now: at once"]) { $1 },
                "note": string,
                "rezone": ["type": "boolean", "default": true, "description": "Move the tenant's properties to the zones the new set gives them"],
            ], example: ["effective_at": "2027-01-01T06:00:00Z", "note": "New Eastside route"]),
            "ZoneMove": object(move, required: moveKeys),
            "ZoneImpact": object([
                "base_version": nullableString,
                "zones": object(["added": ids, "removed": ids, "changed": ids], required: ["added", "removed", "changed"]),
                "summary": object([
                    "moved": count, "unzoned": count, "newly_zoned": count, "pinned": count,
                    "by_pair": ["type": "array", "items": object(["from": nullableString, "to": nullableString, "count": count],
                                                                 required: ["from", "to", "count"])],
                ], required: ["moved", "unzoned", "newly_zoned", "pinned", "by_pair"]),
                "moves": ["type": "array", "items": ref("ZoneMove")],
                "total": count, "page": ["type": "integer", "minimum": 1], "limit": ["type": "integer", "minimum": 1],
            ], required: ["base_version", "zones", "summary", "moves", "total", "page", "limit"]),
            "ZoneHistory": object([
                "property_id": string, "current_zone_id": nullableString,
                "data": ["type": "array", "items": object([
                    "zone_id": nullableString, "from": nullableDate, "until": nullableDate, "version_id": nullableString,
                ], required: ["zone_id", "from", "until", "version_id"])],
            ], required: ["property_id", "current_zone_id", "data"]),
        ]
    }
}
