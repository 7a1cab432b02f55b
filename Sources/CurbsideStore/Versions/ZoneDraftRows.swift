import Foundation
import GRDB
import Zones

/// The SQL of drafts and of the properties a re-zoning reads, shared by both stores.
enum ZoneDraftRows {
    /// A draft's columns and its zone count; continue with `WHERE`.
    static let select = """
        SELECT d.id, d.tenant_id, d.name, d.note, d.base_version_id, d.created_by, d.created_at, d.updated_at,
            (SELECT COUNT(*) FROM zone_draft_zones z WHERE z.tenant_id = d.tenant_id AND z.draft_id = d.id)
        FROM zone_drafts d
        """

    static func draft(_ row: Row) -> ZoneSetDraft {
        ZoneSetDraft(
            id: row[0], tenantID: row[1], name: row[2], note: row[3], baseVersionID: row[4], createdBy: row[5], createdAt: row[6],
            updatedAt: row[7], zoneCount: row[8]
        )
    }

    /// The active properties of a tenant's live customers (the tenant the one parameter names), with what a
    /// re-zoning reads: id, customer id and name, address and its key, point, zone, match method, plan, trash day,
    /// and the template it is an active stop of.
    static let subjects = """
        SELECT p.id, p.customer_id, c.name, p.address, p.address_key, p.lat, p.lng, p.service_zone_id, p.zone_match_method,
            p.service_plan_id, p.trash_day, s.template
        FROM properties p JOIN customers c ON c.tenant_id = p.tenant_id AND c.id = p.customer_id
        LEFT JOIN (SELECT property_id, MIN(route_template_id) AS template FROM route_template_stops
                   WHERE tenant_id = ?1 AND is_active GROUP BY property_id) s ON s.property_id = p.id
        WHERE p.tenant_id = ?1 AND p.is_active AND c.deleted_at IS NULL
        """
}
