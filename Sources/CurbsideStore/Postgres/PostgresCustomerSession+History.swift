import Customers
import Foundation
import PostgresNIO

extension PostgresCustomerSession {
    func history(customerID: String, tenant: String, limit: Int) throws -> CustomerHistory {
        try session.lockTenant(tenant)
        let stops = try session.query("""
            SELECT id, route_date, status, completed_at FROM stops WHERE tenant_id = \(tenant) AND customer_id = \(customerID)
            ORDER BY route_date DESC, id COLLATE "C" DESC LIMIT \(limit)
            """).map { row in
            let (id, routeDate, status, completedAt) = try row.decode((String, String, String, Date?).self)
            return CustomerHistory.Stop(id: id, routeDate: routeDate, status: status, completedAt: completedAt)
        }
        let invoices = try session.query("""
            SELECT id, total_cents, status, paid_at FROM invoices WHERE tenant_id = \(tenant) AND customer_id = \(customerID)
            ORDER BY created_at DESC, id COLLATE "C" DESC LIMIT \(limit)
            """).map { row in
            let (id, total, status, paidAt) = try row.decode((String, Int, String, Date?).self)
            return CustomerHistory.Invoice(id: id, totalCents: total, status: status, paidAt: paidAt)
        }
        let templates = try session.query("""
            SELECT t.id, t.name, t.day_of_week, z.name, s.property_id
            FROM route_template_stops s
            JOIN properties p ON p.tenant_id = s.tenant_id AND p.id = s.property_id
            JOIN route_templates t ON t.tenant_id = s.tenant_id AND t.id = s.route_template_id
            LEFT JOIN service_zones z ON z.tenant_id = t.tenant_id AND z.id = t.service_zone_id
            WHERE s.tenant_id = \(tenant) AND p.customer_id = \(customerID) AND s.is_active
            ORDER BY t.name COLLATE "C", t.id COLLATE "C"
            """).map { row in
            let (id, name, day, zone, property) = try row.decode((String, String, String, String?, String).self)
            return CustomerHistory.TemplateStop(templateID: id, templateName: name, dayOfWeek: day, zoneName: zone, propertyID: property)
        }
        return CustomerHistory(recentStops: stops, recentInvoices: invoices, templateStops: templates)
    }

    func records(customerID: String, tenant: String) throws -> CustomerRecords {
        try session.lockTenant(tenant)
        var tables: [String: [[String: JSONValue]]] = [:]
        for table in CustomerRecords.tableNames {
            // Table names come from a fixed list, never from the request.
            var query = PostgresQuery(unsafeSQL: """
                SELECT * FROM \(PostgresSession.quoted(table)) WHERE tenant_id = $1 AND customer_id = $2
                ORDER BY created_at, id COLLATE "C"
                """)
            query.binds.append(tenant)
            query.binds.append(customerID)
            tables[table] = try session.query(query).map { row in
                var values: [String: JSONValue] = [:]
                for cell in row { values[cell.columnName] = try Self.json(cell) }
                return values
            }
        }
        return CustomerRecords(tables: tables)
    }

    /// A cell as the SQLite store exports the same column: booleans as 0 or 1, instants as `ExportTimestamp` text.
    private static func json(_ cell: PostgresCell) throws -> JSONValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .number(Double(try cell.decode(Int.self)))
        case .float4, .float8: return .number(try cell.decode(Double.self))
        case .bool: return .number(try cell.decode(Bool.self) ? 1 : 0)
        case .timestamptz, .timestamp: return .string(ExportTimestamp.text(try cell.decode(Date.self)))
        default: return .string(try cell.decode(String.self))
        }
    }
}
