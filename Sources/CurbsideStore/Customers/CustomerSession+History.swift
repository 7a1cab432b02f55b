import Customers
import Foundation
import GRDB

extension CustomerSession {
    func history(customerID: String, tenant: String, limit: Int) throws -> CustomerHistory {
        let stops = try Row.fetchAll(
            db,
            sql: "SELECT id, route_date, status, completed_at FROM stops WHERE tenant_id = ? AND customer_id = ? ORDER BY route_date DESC, id DESC LIMIT ?",
            arguments: [tenant, customerID, limit]
        ).map { CustomerHistory.Stop(id: $0["id"], routeDate: $0["route_date"], status: $0["status"], completedAt: $0["completed_at"]) }
        let invoices = try Row.fetchAll(
            db,
            sql: "SELECT id, total_cents, status, paid_at FROM invoices WHERE tenant_id = ? AND customer_id = ? ORDER BY created_at DESC, id DESC LIMIT ?",
            arguments: [tenant, customerID, limit]
        ).map { CustomerHistory.Invoice(id: $0["id"], totalCents: $0["total_cents"], status: $0["status"], paidAt: $0["paid_at"]) }
        let templates = try Row.fetchAll(
            db,
            sql: """
                SELECT t.id AS template_id, t.name AS template_name, t.day_of_week, z.name AS zone_name, s.property_id
                FROM route_template_stops s
                JOIN properties p ON p.tenant_id = s.tenant_id AND p.id = s.property_id
                JOIN route_templates t ON t.tenant_id = s.tenant_id AND t.id = s.route_template_id
                LEFT JOIN service_zones z ON z.tenant_id = t.tenant_id AND z.id = t.service_zone_id
                WHERE s.tenant_id = ? AND p.customer_id = ? AND s.is_active = 1
                ORDER BY t.name, t.id
                """,
            arguments: [tenant, customerID]
        ).map {
            CustomerHistory.TemplateStop(
                templateID: $0["template_id"], templateName: $0["template_name"], dayOfWeek: $0["day_of_week"], zoneName: $0["zone_name"],
                propertyID: $0["property_id"]
            )
        }
        return CustomerHistory(recentStops: stops, recentInvoices: invoices, templateStops: templates)
    }

    func records(customerID: String, tenant: String) throws -> CustomerRecords {
        var tables: [String: [[String: JSONValue]]] = [:]
        for table in CustomerRecords.tableNames {
            // Table names come from a fixed list, never from the request.
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM \(table) WHERE tenant_id = ? AND customer_id = ? ORDER BY created_at, id", arguments: [tenant, customerID]
            )
            tables[table] = rows.map { row in
                var values: [String: JSONValue] = [:]
                for (column, value) in row { values[column] = Self.json(value, column: column) }
                return values
            }
        }
        return CustomerRecords(tables: tables)
    }

    /// A cell as the export shows it: instants (the `…_at` columns) as `ExportTimestamp` text, date-only
    /// columns and other text as stored.
    private static func json(_ value: DatabaseValue, column: String) -> JSONValue {
        if column.hasSuffix("_at"), let date = Date.fromDatabaseValue(value) { return .string(ExportTimestamp.text(date)) }
        return switch value.storage {
        case .null: .null
        case .int64(let number): .number(Double(number))
        case .double(let number): .number(number)
        case .string(let text): .string(text)
        case .blob(let data): .string(data.base64EncodedString())
        }
    }
}
