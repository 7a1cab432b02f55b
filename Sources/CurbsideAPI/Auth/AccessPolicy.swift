/// The role each route behind a token needs: `viewer` for every read and for matching and geocoding, `editor`
/// for customer and property writes and imports, `admin` for zones, plans, route templates and tenant settings.
public enum AccessPolicy {
    /// `"METHOD /path"` (the route's pattern, as the router names it) → the least role that may call it.
    public static let roles: [String: Role] = [
        "POST /match-zone": .viewer,
        "POST /match-zone/batch": .viewer,
        "GET /geocode": .viewer,
        "POST /geocode": .viewer,
        "GET /reverse-geocode": .viewer,
        "GET /api/service-zones": .viewer,
        "POST /api/service-zones": .admin,
        "POST /api/service-zones/import": .admin,
        "GET /api/service-zones/coverage": .viewer,
        "GET /api/service-zones/{id}": .viewer,
        "PUT /api/service-zones/{id}": .admin,
        "DELETE /api/service-zones/{id}": .admin,
        "GET /api/zone-versions": .viewer,
        "GET /api/zone-versions/{id}": .viewer,
        "DELETE /api/zone-versions/{id}": .admin,
        "GET /api/zone-drafts": .viewer,
        "POST /api/zone-drafts": .admin,
        "GET /api/zone-drafts/{id}": .viewer,
        "DELETE /api/zone-drafts/{id}": .admin,
        "GET /api/zone-drafts/{id}/zones": .viewer,
        "POST /api/zone-drafts/{id}/zones": .admin,
        "GET /api/zone-drafts/{id}/zones/{zone_id}": .viewer,
        "PUT /api/zone-drafts/{id}/zones/{zone_id}": .admin,
        "DELETE /api/zone-drafts/{id}/zones/{zone_id}": .admin,
        "POST /api/zone-drafts/{id}/import": .admin,
        "GET /api/zone-drafts/{id}/impact": .viewer,
        "POST /api/zone-drafts/{id}/publish": .admin,
        "GET /api/webhooks": .admin,
        "POST /api/webhooks": .admin,
        "GET /api/webhooks/{id}": .admin,
        "PUT /api/webhooks/{id}": .admin,
        "DELETE /api/webhooks/{id}": .admin,
        "POST /api/webhooks/{id}/rotate-secret": .admin,
        "GET /api/webhooks/{id}/deliveries": .admin,
        "POST /api/webhooks/{id}/deliveries/{delivery_id}/retry": .admin,
        "GET /api/customers": .viewer,
        "POST /api/customers": .editor,
        "GET /api/customers/check-duplicate": .viewer,
        "POST /api/customers/import": .editor,
        "GET /api/customers/{id}": .viewer,
        "PUT /api/customers/{id}": .editor,
        "DELETE /api/customers/{id}": .editor,
        "PUT /api/customers/{id}/restore": .editor,
        "GET /api/customers/{id}/history": .viewer,
        "GET /api/customers/{id}/export": .viewer,
        "DELETE /api/customers/{id}/gdpr-delete": .editor,
        "GET /api/customers/{id}/properties": .viewer,
        "POST /api/customers/{id}/properties": .editor,
        "GET /api/properties": .viewer,
        "GET /api/properties/{id}/zone-history": .viewer,
        "PUT /api/properties/{id}": .editor,
        "DELETE /api/properties/{id}": .editor,
        "GET /api/service-plans": .viewer,
        "POST /api/service-plans": .admin,
        "GET /api/route-templates": .viewer,
        "POST /api/route-templates": .admin,
        "GET /api/route-templates/{id}/stops": .viewer,
        "GET /api/tenant/settings": .viewer,
        "PUT /api/tenant/settings": .admin,
    ]

    /// The role `method path` needs; a route missing from the table needs `admin`, so a route added without a
    /// decision is closed rather than open.
    public static func role(method: String, path: String) -> Role {
        roles[key(method: method, path: path)] ?? .admin
    }

    /// The table's key for a route: the path with one leading slash.
    static func key(method: String, path: String) -> String {
        "\(method) /\(path.drop { $0 == "/" })"
    }
}
