/// The zone draft, version and history routes of the OpenAPI document.
extension OpenAPIDocument {
    static var asOfParameter: [String: Any] { [
        "name": "as_of", "in": "query", "required": false, "schema": ["type": "string", "format": "date-time"],
        "description": "Match against the zone set in effect at this RFC 3339 date-time (or date); 422 `no_zone_version` before the tenant's first version",
    ] }

    static func draftParameter(_ name: String = "id", example: String) -> [String: Any] {
        ["name": name, "in": "path", "required": true, "schema": ["type": "string", "minLength": 1], "example": example]
    }

    static var territoryPaths: [String: Any] {
        let draft = [draftParameter(example: "zd_k3v9q0m2x8a1b7c4")]
        let draftZone = draft + [draftParameter("zone_id", example: "sz_downtown_core")]
        var publish = operation(
            "publishZoneDraft", "Publish a draft as a new zone version, now or on a date", tag: "zone versions", body: "ZonePublishInput",
            response: ("201", response("The version, applied or scheduled", schema: "ZoneVersion")), errors: ["400", "401", "404", "409", "422"],
            description: """
                Without `effective_at` (or with one not after now) the draft is applied at once, in one transaction: the live set \
                replaced, every property whose zone was not pinned (`zone_match_method` manual) re-matched (polygon, then ZIP) \
                unless `rezone` is false, route-template stops moved, trash days set to the new template's day in uniform mode, \
                and `property.rezoned` (one per move) and `zone_set.published` outbox events written. With a later \
                `effective_at` the version is scheduled and the outbox worker applies it then, once across replicas. 409 \
                `stale_draft` when another version became current after the draft was made. The body may be empty. The draft \
                is consumed.
                """
        )
        if var body = publish["requestBody"] as? [String: Any] {
            body["required"] = false
            publish["requestBody"] = body
        }
        return [
            "/api/zone-versions": [
                "get": operation("listZoneVersions", "The tenant's zone versions, newest first", tag: "zone versions",
                                 response: ("200", response("Every version", schema: "ZoneVersionList"))),
            ],
            "/api/zone-versions/{id}": [
                "parameters": [draftParameter(example: "zv_k3v9q0m2x8a1b7c4")],
                "get": operation(
                    "getZoneVersion", "A version's zone set, with its metadata", tag: "zone versions",
                    response: ("200", ["description": "An RFC 7946 FeatureCollection with a `version` member",
                                       "content": ["application/geo+json": ["schema": ref("ZoneVersionSet")]]]),
                    errors: ["401", "404"],
                    description: "For an applied version, the set as it left it; for a scheduled, canceled or failed one, the set it would make of the current one."
                ),
                "delete": operation("cancelZoneVersion", "Cancel a scheduled version", tag: "zone versions",
                                    response: ("200", response("The canceled version", schema: "ZoneVersion")), errors: ["401", "404", "409"],
                                    description: "409 `version_not_scheduled` once it is applied (or canceled or failed)."),
            ],
            "/api/zone-drafts": [
                "get": operation("listZoneDrafts", "The tenant's zone drafts, newest first", tag: "zone versions",
                                 response: ("200", response("Every draft", schema: "ZoneDraftList"))),
                "post": operation("createZoneDraft", "Start a draft from the current set or from nothing", tag: "zone versions", body: "ZoneDraftInput",
                                  response: ("201", response("The draft", schema: "ZoneDraft")), errors: ["400", "401", "422"],
                                  description: "Drafts never affect matching until they are published."),
            ],
            "/api/zone-drafts/{id}": [
                "parameters": draft,
                "get": operation("getZoneDraft", "One draft", tag: "zone versions", response: ("200", response("The draft", schema: "ZoneDraft")), errors: ["401", "404"]),
                "delete": operation("deleteZoneDraft", "Delete a draft", tag: "zone versions", response: ("204", ["description": "Deleted"]), errors: ["401", "404"]),
            ],
            "/api/zone-drafts/{id}/zones": [
                "parameters": draft,
                "get": operation("listZoneDraftZones", "The draft's zones", tag: "zone versions",
                                 response: ("200", response("Every zone of the draft", schema: "ServiceZoneListing")), errors: ["401", "404"]),
                "post": operation("createZoneDraftZone", "Add a zone to the draft", tag: "zone versions", body: "ServiceZoneInput",
                                  response: ("201", response("The zone", schema: "ServiceZone")), errors: ["400", "401", "404", "409", "422"]),
            ],
            "/api/zone-drafts/{id}/zones/{zone_id}": [
                "parameters": draftZone,
                "get": operation("getZoneDraftZone", "One zone of the draft", tag: "zone versions",
                                 response: ("200", response("The zone", schema: "ServiceZone")), errors: ["401", "404"]),
                "put": operation("replaceZoneDraftZone", "Replace a zone of the draft", tag: "zone versions", body: "ServiceZoneReplacement",
                                 response: ("200", response("The zone", schema: "ServiceZone")), errors: ["400", "401", "404", "422"]),
                "delete": operation("deleteZoneDraftZone", "Remove a zone from the draft", tag: "zone versions",
                                    response: ("204", ["description": "Deleted"]), errors: ["401", "404"]),
            ],
            "/api/zone-drafts/{id}/import": [
                "parameters": draft,
                "post": operation(
                    "importZoneDraft", "Import a zone file into the draft, all or nothing", tag: "zone versions",
                    bodyContent: ["application/octet-stream": ["schema": ["type": "string", "format": "binary"]]],
                    parameters: zoneImportParameters,
                    response: ("200", response("What the import changed", schema: "ZoneImportResult")),
                    errors: ["400", "401", "404", "415", "422"],
                    description: "The same files, parameters and refusals as POST /api/service-zones/import; mode=replace makes the file the draft's whole set."
                ),
            ],
            "/api/zone-drafts/{id}/impact": [
                "parameters": draft,
                "get": operation(
                    "getZoneDraftImpact", "Who publishing the draft would move", tag: "zone versions",
                    parameters: [
                        ["name": "page", "in": "query", "required": false, "schema": ["type": "integer", "minimum": 1, "maximum": 1_000_000, "default": 1]],
                        ["name": "limit", "in": "query", "required": false, "schema": ["type": "integer", "minimum": 1, "maximum": 200, "default": 50]],
                    ],
                    response: ("200", [
                        "description": "The zone changes, a summary and one page of the moves; with `Accept: text/csv`, every move as CSV",
                        "content": [
                            "application/json": ["schema": ref("ZoneImpact")],
                            "text/csv": ["schema": ["type": "string"]],
                        ],
                    ]),
                    errors: ["400", "401", "404"],
                    description: """
                        Computed with production's matcher on the draft indexed as a snapshot: each active property of a live \
                        customer, with a point or a ZIP code, whose zone would change. Pinned properties (`zone_match_method` \
                        manual) do not move and are counted as `pinned`.
                        """
                ),
            ],
            "/api/zone-drafts/{id}/publish": ["parameters": draft, "post": publish],
            "/api/properties/{id}/zone-history": [
                "parameters": [draftParameter(example: "prop_k3v9q0m2x8a1b7c4")],
                "get": operation("getPropertyZoneHistory", "The property's zone over time, as zone versions changed it", tag: "properties",
                                 response: ("200", response("The periods, oldest first", schema: "ZoneHistory")), errors: ["401", "404"]),
            ],
        ]
    }
}
