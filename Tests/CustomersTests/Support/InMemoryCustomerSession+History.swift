import Customers
import Foundation

/// A customer's history and everything kept about it.
extension InMemoryCustomerSession {
    func history(customerID: String, tenant: String, limit: Int) throws -> CustomerHistory {
        let stops = historyRows("stops", customerID: customerID, tenant: tenant)
            .sorted { ($0.columns["route_date"]?.text ?? "", $0.id) > ($1.columns["route_date"]?.text ?? "", $1.id) }
            .prefix(limit)
            .map { CustomerHistory.Stop(
                id: $0.id, routeDate: $0.columns["route_date"]?.text ?? "", status: $0.columns["status"]?.text ?? "",
                completedAt: $0.columns["completed_at"]?.date
            ) }
        let invoices = historyRows("invoices", customerID: customerID, tenant: tenant)
            .sorted { Self.precedes(($1.createdAt, $1.id), ($0.createdAt, $0.id)) }
            .prefix(limit)
            .map { CustomerHistory.Invoice(
                id: $0.id, totalCents: $0.columns["total_cents"]?.integer ?? 0, status: $0.columns["status"]?.text ?? "",
                paidAt: $0.columns["paid_at"]?.date
            ) }
        return CustomerHistory(recentStops: Array(stops), recentInvoices: Array(invoices), templateStops: templateStops(customerID, tenant: tenant))
    }

    func records(customerID: String, tenant: String) throws -> CustomerRecords {
        var tables: [String: [[String: JSONValue]]] = [:]
        for table in CustomerRecords.tableNames {
            let rows: [(createdAt: Date, id: String, columns: [String: ColumnValue])] = if table == "properties" {
                self.tables.properties.filter { $0.tenantID == tenant && $0.customerID == customerID }
                    .map { ($0.createdAt, $0.id, PropertyColumns.columns($0)) }
            } else {
                historyRows(table, customerID: customerID, tenant: tenant).map { row in
                    var columns = row.columns
                    columns["tenant_id"] = .text(row.tenantID)
                    columns["id"] = .text(row.id)
                    columns["customer_id"] = .text(row.customerID)
                    columns["created_at"] = .date(row.createdAt)
                    return (row.createdAt, row.id, columns)
                }
            }
            tables[table] = rows.sorted { Self.precedes(($0.createdAt, $0.id), ($1.createdAt, $1.id)) }
                .map { $0.columns.mapValues(\.json) }
        }
        return CustomerRecords(tables: tables)
    }

    /// The customer's rows of the history table `table`.
    private func historyRows(_ table: String, customerID: String, tenant: String) -> [HistoryRow] {
        tables.history.filter { $0.table == table && $0.tenantID == tenant && $0.customerID == customerID }
    }

    /// The active template stops of the customer's properties, by template name, then id.
    private func templateStops(_ customerID: String, tenant: String) -> [CustomerHistory.TemplateStop] {
        tables.templateStops.compactMap { stop -> (TemplateRow, String)? in
            guard stop.tenantID == tenant, stop.isActive,
                  tables.properties.contains(where: { $0.tenantID == tenant && $0.id == stop.propertyID && $0.customerID == customerID }),
                  let template = tables.templates.first(where: { $0.tenantID == tenant && $0.id == stop.templateID }) else { return nil }
            return (template, stop.propertyID)
        }
        .sorted { Self.templateOrder($0.0, $1.0) }
        .map { template, propertyID in
            CustomerHistory.TemplateStop(
                templateID: template.id, templateName: template.name, dayOfWeek: template.dayOfWeek,
                zoneName: zoneName(template.zoneID, tenant: tenant), propertyID: propertyID
            )
        }
    }
}
