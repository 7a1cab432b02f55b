import Customers

/// The customer, property and catalog schemas of the OpenAPI document.
extension OpenAPISchemas {
    /// `schema`, whose `lat` and `lng` come together or not at all.
    static func coordinatesTogether(_ schema: [String: Any]) -> [String: Any] {
        schema.merging(["dependentRequired": ["lat": ["lng"], "lng": ["lat"]]]) { $1 }
    }

    static var customerSchemas: [String: Any] {
        let string: [String: Any] = ["type": ["string", "null"]]
        let number: [String: Any] = ["type": ["number", "null"]]
        let latitude: [String: Any] = ["type": ["number", "null"], "minimum": -90, "maximum": 90, "examples": [30.2747]]
        let longitude: [String: Any] = ["type": ["number", "null"], "minimum": -180, "maximum": 180, "examples": [-97.7404]]
        let addressInput: [String: Any] = ["type": ["string", "null"], "examples": OpenAPISchemas.address["examples"]!]
        let personName: [String: Any] = ["type": ["string", "null"], "examples": ["Ada Lovelace"]]
        /// A reference to a record of the tenant: its id (ids are minted with `prefix`), or blank for none.
        func reference(_ prefix: String, _ what: String) -> [String: Any] {
            ["type": ["string", "null"], "pattern": "^" + spaces + "(" + prefix + "_[A-Za-z0-9_-]+)?" + spaces + "$", "description": "The id of one of the tenant's \(what); blank or null for none"]
        }
        let planReference = reference("sp", "service plans"), zoneReference = reference("sz", "service zones")
        let date: [String: Any] = ["type": ["string", "null"], "format": "date-time"]
        let dateInput: [String: Any] = [
            "anyOf": [["type": "string", "format": "date-time"], ["type": "string", "format": "date"], ["type": "null"]],
            "description": "An RFC 3339 date-time, or a date (midnight UTC)",
        ]
        let geocodeStatus = orNull([
            "type": "string", "enum": GeocodeStatus.allCases.map(\.rawValue),
            "description": "located (by the geocoder), manual (coordinates given), pending (the geocoder was down; retried), "
                + "not_found (no such address) or too_coarse (only its region or country was found); without coordinates "
                + "for the last three; null without an address",
        ])
        func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }
        func list(_ item: String) -> [String: Any] { ["type": "object", "properties": ["data": ["type": "array", "items": ref(item)]], "required": ["data"]] }
        let email: [String: Any] = [
            "type": ["string", "null"], "examples": ["ada@example.com"],
            "description": "An e-mail address (one @, a dotted domain, no spaces; 422 otherwise); blank means none",
        ]
        let customerFields: [String: Any] = [
            "name": personName, "first_name": string, "last_name": string, "email": email, "phone": string, "address": addressInput,
            "lat": latitude, "lng": longitude, "service_plan_id": planReference, "service_zone_id": zoneReference,
            "billing_status": oneOf(anyCase: BillingStatus.allCases.map(\.rawValue), blankAllowed: true), "notes": string,
            "custom_fields_json": ["type": ["object", "null"]], "enrolled_at": dateInput,
        ]
        let inputFields = customerFields.merging(["trash_day": string, "trash_pickup_time": string, "service_plan_name": string, "service_zone_name": string]) { $1 }
        // An import row has CustomerInput's types, but its values are checked row by row: a row that breaks a rule
        // (an unknown billing status, a bad e-mail, a plan name that names nothing) is reported in `errors`; a
        // date that is not RFC 3339 refuses the whole request with 422.
        var importRow = input(inputFields.merging([
            "billing_status": string, "enrolled_at": string, "email": string, "lat": number, "lng": number, "address": string, "name": string,
            "service_plan_id": string, "service_zone_id": string,
        ]) { $1 })
        importRow["description"] = "A customer as in CustomerInput; a row whose values break a rule is skipped and reported in errors"
        var customer = customerFields
        for (key, value) in [
            "billing_status": ["type": "string", "enum": BillingStatus.allCases.map(\.rawValue)],
            "id": ["type": "string"], "service_plan_name": string, "service_zone_name": string, "property_count": ["type": "integer"],
            "name": ["type": "string"], "address": string, "lat": number, "lng": number, "email": string,
            "stripe_customer_id": string, "geocode_status": geocodeStatus, "created_at": date, "updated_at": date, "enrolled_at": date,
        ] as [String: Any] { customer[key] = value }
        let propertyFields: [String: Any] = [
            "address": OpenAPISchemas.address, "lat": latitude, "lng": longitude, "service_plan_id": planReference, "service_zone_id": zoneReference,
            "bin_count": ["type": "integer", "minimum": 0, "maximum": 50], "bin_size": string, "bin_location": string, "trash_day": string,
            "trash_pickup_time": string, "notes": string,
            "is_active": ["anyOf": [["type": "integer", "enum": [0, 1]], ["type": "boolean"]], "description": "1 or 0 (true and false are read too)"],
        ]
        let quality: [String: Any] = [
            "geocode_precision": orNull(["type": "string", "enum": PlacementPrecision.allCases.map(\.rawValue), "description": "How finely the point locates the address; manual for a pin dropped by a person"]),
            "geocode_source": ["type": ["string", "null"], "description": "Where the point came from: offline, tiger, mapbox, census, nominatim or manual"],
            "geocode_confidence": ["type": ["number", "null"], "minimum": 0, "maximum": 1],
            "zone_match_method": orNull(["type": "string", "enum": ZoneMatchMethod.allCases.map(\.rawValue), "description": "polygon (a boundary covers the point), zip (the ZIP fallback), manual (the zone was given; re-zoning leaves it) or none"]),
            "boundary_distance_m": ["type": ["number", "null"], "minimum": 0, "description": "Metres from the point to the nearest boundary of any active zone of the tenant (geodesic)"],
            "assignment": orNull(["type": "string", "enum": Assignment.allCases.map(\.rawValue), "description": "review when any assignment_reasons apply, else confident"]),
            "assignment_reasons": ["type": "array", "items": ["type": "string", "enum": AssignmentReason.allCases.map(\.rawValue)]],
        ]
        for (key, value) in quality { customer[key] = value }
        var property = propertyFields
        for (key, value) in [
            "id": ["type": "string"], "tenant_id": ["type": "string"], "customer_id": ["type": "string"], "service_plan_name": string,
            "address": ["type": "string"], "lat": number, "lng": number,
            "service_zone_name": string, "geocode_status": geocodeStatus, "created_at": date, "updated_at": date,
        ] as [String: Any] { property[key] = value }
        for (key, value) in quality { property[key] = value }
        var listedProperty = property
        listedProperty["customer_name"] = ["type": "string"]
        return [
            "CustomerUpdate": coordinatesTogether(input(customerFields.merging(["name": ["type": "string", "pattern": notBlank, "description": "Not blank; null is refused"]]) { $1 }, example: ["phone": "512-555-0199", "billing_status": "paused"], examples: [
                ["notes": "Gate code 1234"], ["first_name": "Ada", "last_name": "King"], ["email": "ada.king@example.com", "custom_fields_json": ["gate": "side"]],
            ])),
            "CustomerInput": coordinatesTogether(input(inputFields, example: [
                "name": "Ada Lovelace", "email": "ada@example.com", "phone": "512-555-0100", "address": "1100 Congress Ave, Austin, TX 78701",
                "billing_status": "active",
            ], examples: [["name": "Grace Hopper"], ["first_name": "Alan", "last_name": "Turing", "address": "78701"]])),
            "Customer": ["type": "object", "properties": customer, "required": ["id", "name", "billing_status"]],
            "CustomerPage": [
                "type": "object", "required": ["data", "total", "page", "limit"],
                "properties": ["data": ["type": "array", "items": ref("Customer")], "total": ["type": "integer"], "page": ["type": "integer"], "limit": ["type": "integer"]],
            ],
            "DuplicateAnswer": [
                "type": "object", "required": ["duplicate", "matches"],
                "properties": ["duplicate": ["type": "boolean"], "matches": ["type": "array", "items": ["type": "object", "properties": ["id": ["type": "string"], "name": ["type": "string"], "email": string, "address": string]]]],
            ],
            "CustomerImport": [
                "type": "object", "required": ["customers"],
                "properties": ["customers": ["type": "array", "maxItems": 10_000, "items": importRow]],
            ],
            "ImportAnswer": [
                "type": "object", "required": ["imported", "errors"],
                "properties": [
                    "imported": ["type": "integer"], "ids": ["type": "array", "items": ["type": "string"]],
                    "errors": ["type": "array", "items": ["type": "object", "properties": ["index": ["type": "integer"], "error": ["type": "string"]]]],
                ],
            ],
            "PropertyUpdate": coordinatesTogether(input(propertyFields, example: ["bin_count": 3, "trash_day": "Wednesday", "is_active": 1], examples: [
                ["notes": "Bins behind the gate"], ["bin_location": "curb", "trash_pickup_time": "07:00"],
            ])),
            "PropertyInput": coordinatesTogether(input(propertyFields.filter { $0.key != "is_active" }, required: ["address"], example: [
                "address": "1100 Congress Ave, Austin, TX 78701", "bin_count": 2, "bin_size": "96 gal", "trash_day": "Tuesday",
            ], examples: [["address": "78704"], ["address": "Austin, TX", "bin_count": 1]])),
            "Property": ["type": "object", "properties": property, "required": ["id", "customer_id", "address", "bin_count", "is_active"]],
            "PropertyList": list("Property"),
            "ListedProperty": ["type": "object", "properties": listedProperty, "required": ["id", "customer_id", "customer_name", "address", "bin_count", "is_active"]],
            "PropertyPage": [
                "type": "object", "required": ["data", "total", "page", "limit"],
                "properties": ["data": ["type": "array", "items": ref("ListedProperty")], "total": ["type": "integer"], "page": ["type": "integer"], "limit": ["type": "integer"]],
            ],
            "CustomerHistory": [
                "type": "object", "required": ["customer", "recent_stops", "recent_invoices", "template_stops"],
                "properties": [
                    "customer": ["type": "object", "properties": ["id": ["type": "string"], "name": ["type": "string"], "service_plan_name": string]],
                    "recent_stops": ["type": "array", "items": ["type": "object", "properties": ["id": ["type": "string"], "route_date": ["type": "string"], "status": ["type": "string"], "completed_at": date]]],
                    "recent_invoices": ["type": "array", "items": ["type": "object", "properties": ["id": ["type": "string"], "total_cents": ["type": "integer"], "status": ["type": "string"], "paid_at": date]]],
                    "template_stops": ["type": "array", "items": ["type": "object", "properties": ["template_name": ["type": "string"], "day_of_week": ["type": "string"], "zone_name": string]]],
                ],
            ],
            "CustomerExport": [
                "type": "object", "required": ["customer"],
                "properties": ["customer": ref("Customer")].merging(
                    ["properties", "invoices", "payments", "service_history", "communications", "referrals", "vacation_holds", "service_skips"].map {
                        ($0, ["type": "array", "items": ["type": "object"]] as [String: Any])
                    }
                ) { $1 },
            ],
            "Success": ["type": "object", "properties": ["success": ["type": "boolean"]], "required": ["success"]],
            "ServicePlan": [
                "type": "object", "required": ["id", "name", "frequency", "price_cents", "is_active"],
                "properties": [
                    "id": ["type": "string"], "name": ["type": "string"], "frequency": ["type": "string", "enum": CatalogRules.frequencies],
                    "price_cents": ["type": "integer", "minimum": 0], "is_active": ["type": "boolean"],
                ],
            ],
            "ServicePlanInput": input(
                [
                    "id": ["type": "string", "description": "Generated; ignored on create"], "name": ["type": "string", "pattern": notBlank],
                    "frequency": oneOf(anyCase: CatalogRules.frequencies, blankAllowed: true),
                    "price_cents": ["type": "integer", "minimum": 0], "is_active": ["type": "boolean"],
                ],
                required: ["name"], example: ["name": "Weekly curbside", "frequency": "weekly", "price_cents": 2500, "is_active": true]
            ),
            "ServicePlanList": list("ServicePlan"),
            "RouteTemplate": [
                "type": "object", "required": ["id", "name", "day_of_week", "is_active"],
                "properties": [
                    "id": ["type": "string"], "name": ["type": "string"], "day_of_week": ["type": "string", "enum": CatalogRules.daysOfWeek],
                    "service_zone_id": ["type": ["string", "null"]], "service_plan_id": ["type": ["string", "null"]], "is_active": ["type": "boolean"],
                ],
            ],
            "RouteTemplateInput": input(
                [
                    "id": ["type": "string", "description": "Generated; ignored on create"], "name": ["type": "string", "pattern": notBlank],
                    "day_of_week": oneOf(anyCase: CatalogRules.daysOfWeek, blankAllowed: false),
                    "service_zone_id": zoneReference, "service_plan_id": planReference,
                    "is_active": ["type": "boolean"],
                ],
                required: ["name", "day_of_week"], example: ["name": "Tuesday downtown", "day_of_week": "tuesday", "service_zone_id": "sz_downtown_core"]
            ),
            "RouteTemplateList": list("RouteTemplate"),
            "TemplateStop": ["type": "object", "properties": ["id": ["type": "string"], "property_id": ["type": "string"], "is_active": ["type": "integer"]]],
            "TemplateStopList": list("TemplateStop"),
            "TenantSettings": input(
                [
                    "trash_day_mode": oneOf(anyCase: ["per_property", "uniform"], blankAllowed: true),
                    "default_trash_day": ["type": ["string", "null"], "description": "A day of the week (Tuesday, tue); required in uniform mode"],
                    "boundary_uncertainty_m": [
                        "type": "object", "additionalProperties": false,
                        "description": "How near a zone boundary (metres) a point of each precision is near_boundary; defaults rooftop 15, street 60, manual 3; a change assesses every property again. On PUT, a precision left out or null keeps its value",
                        "properties": Dictionary(uniqueKeysWithValues: ["rooftop", "street", "manual"].map { ($0, ["type": ["number", "null"], "minimum": 0, "maximum": 10_000] as [String: Any]) }),
                    ],
                ],
                example: ["trash_day_mode": "uniform", "default_trash_day": "Tuesday"]
            ),
        ]
    }
}
