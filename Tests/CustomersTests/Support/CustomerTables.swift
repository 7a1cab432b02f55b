import Customers
import Foundation

/// Everything an `InMemoryCustomerRepository` keeps, for every tenant: the rows of the tables the SQLite store
/// reads and writes for customers.
struct CustomerTables: Sendable, Equatable {
    var customers: [Customer] = []
    var properties: [Property] = []
    var settings: [String: TenantSettings] = [:]
    var plans: [PlanRow] = []
    var zones: [ZoneRow] = []
    var templates: [TemplateRow] = []
    var templateStops: [TemplateStopRow] = []
    var outbox: [OutboxEvent] = []
    /// Rows of the history tables (`invoices`, `payments`, `stops`, …), which the rules only read.
    var history: [HistoryRow] = []
}

/// A row of `service_plans`.
struct PlanRow: Sendable, Equatable {
    var tenantID: String
    var id: String
    var name: String
}

/// A row of `service_zones`; `position` is the zone's place in its tenant's definition order.
struct ZoneRow: Sendable, Equatable {
    var tenantID: String
    var id: String
    var name: String
    var position: Int
}

/// A row of `route_templates`.
struct TemplateRow: Sendable, Equatable {
    var tenantID: String
    var id: String
    var name: String
    var dayOfWeek: String
    var zoneID: String?
    var planID: String?
    var isActive = true
}

/// A row of `route_template_stops`: a property served by a template, kept inactive when it no longer applies.
struct TemplateStopRow: Sendable, Equatable {
    var tenantID: String
    var id: String
    var templateID: String
    var propertyID: String
    var isActive: Bool
    var createdAt: Date
    var updatedAt: Date
}

/// A row of one of the history tables, column by column (besides the four every such table has).
struct HistoryRow: Sendable, Equatable {
    var table: String
    var tenantID: String
    var id: String
    var customerID: String
    var createdAt: Date
    var columns: [String: ColumnValue] = [:]
}
