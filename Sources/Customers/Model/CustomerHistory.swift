import Foundation

/// A customer's recent service, invoices and route-template assignments.
public struct CustomerHistory: Sendable, Equatable {
    /// A visit on a route.
    public struct Stop: Sendable, Equatable, Encodable {
        public var id: String
        public var routeDate: String
        public var status: String
        public var completedAt: Date?

        public init(id: String, routeDate: String, status: String, completedAt: Date?) {
            self.id = id
            self.routeDate = routeDate
            self.status = status
            self.completedAt = completedAt
        }

        enum CodingKeys: String, CodingKey { case id, routeDate = "route_date", status, completedAt = "completed_at" }
    }

    /// An invoice.
    public struct Invoice: Sendable, Equatable, Encodable {
        public var id: String
        public var totalCents: Int
        public var status: String
        public var paidAt: Date?

        public init(id: String, totalCents: Int, status: String, paidAt: Date?) {
            self.id = id
            self.totalCents = totalCents
            self.status = status
            self.paidAt = paidAt
        }

        enum CodingKeys: String, CodingKey { case id, totalCents = "total_cents", status, paidAt = "paid_at" }
    }

    /// An active stop of one of the customer's properties on a route template.
    public struct TemplateStop: Sendable, Equatable, Encodable {
        public var templateID: String
        public var templateName: String
        public var dayOfWeek: String
        public var zoneName: String?
        public var propertyID: String

        public init(templateID: String, templateName: String, dayOfWeek: String, zoneName: String?, propertyID: String) {
            self.templateID = templateID
            self.templateName = templateName
            self.dayOfWeek = dayOfWeek
            self.zoneName = zoneName
            self.propertyID = propertyID
        }

        enum CodingKeys: String, CodingKey {
            case templateID = "template_id", templateName = "template_name", dayOfWeek = "day_of_week", zoneName = "zone_name"
            case propertyID = "property_id"
        }
    }

    public var recentStops: [Stop]
    public var recentInvoices: [Invoice]
    public var templateStops: [TemplateStop]

    public init(recentStops: [Stop], recentInvoices: [Invoice], templateStops: [TemplateStop]) {
        self.recentStops = recentStops
        self.recentInvoices = recentInvoices
        self.templateStops = templateStops
    }
}

/// Every row kept about a customer, table by table, for a GDPR export.
public struct CustomerRecords: Sendable, Equatable {
    /// Table name (`properties`, `invoices`, `payments`, `stops`, `communications`, `referrals`, `vacation_holds`,
    /// `service_skips`) → its rows as column → value.
    public var tables: [String: [[String: JSONValue]]]

    public init(tables: [String: [[String: JSONValue]]]) {
        self.tables = tables
    }

    /// The tables an export holds.
    public static let tableNames = ["properties", "invoices", "payments", "stops", "communications", "referrals", "vacation_holds", "service_skips"]
}
