import Customers
import Foundation
import Hummingbird

extension CustomerController {
    struct HistoryBody: Encodable {
        struct CustomerPart: Encodable {
            var id: String
            var name: String
            var servicePlanName: String?
            enum CodingKeys: String, CodingKey { case id, name, servicePlanName = "service_plan_name" }
        }

        var customer: CustomerPart
        var recentStops: [CustomerHistory.Stop]
        var recentInvoices: [CustomerHistory.Invoice]
        var templateStops: [CustomerHistory.TemplateStop]

        enum CodingKeys: String, CodingKey {
            case customer, recentStops = "recent_stops", recentInvoices = "recent_invoices", templateStops = "template_stops"
        }
    }

    @Sendable func history(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let (summary, history) = try await service.history(customerID: try context.parameters.require("id"), tenant: try context.requireTenant())
        let customer = HistoryBody.CustomerPart(id: summary.customer.id, name: summary.customer.name, servicePlanName: summary.servicePlanName)
        return try JSONBody.response(HistoryBody(
            customer: customer, recentStops: history.recentStops, recentInvoices: history.recentInvoices, templateStops: history.templateStops
        ))
    }

    struct ExportBody: Encodable {
        var customer: CustomerBody
        var properties: [[String: JSONValue]]
        var invoices: [[String: JSONValue]]
        var payments: [[String: JSONValue]]
        var serviceHistory: [[String: JSONValue]]
        var communications: [[String: JSONValue]]
        var referrals: [[String: JSONValue]]
        var vacationHolds: [[String: JSONValue]]
        var serviceSkips: [[String: JSONValue]]
        var exportedAt: Date

        enum CodingKeys: String, CodingKey {
            case customer, properties, invoices, payments, communications, referrals
            case serviceHistory = "service_history", vacationHolds = "vacation_holds", serviceSkips = "service_skips", exportedAt = "exported_at"
        }
    }

    @Sendable func export(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let (customer, records) = try await service.export(customerID: try context.parameters.require("id"), tenant: try context.requireTenant())
        let tables = records.tables
        let body = ExportBody(
            customer: CustomerBody(summary: CustomerSummary(customer: customer, servicePlanName: nil, serviceZoneName: nil, propertyCount: tables["properties"]?.count ?? 0)),
            properties: tables["properties"] ?? [], invoices: tables["invoices"] ?? [], payments: tables["payments"] ?? [],
            serviceHistory: tables["stops"] ?? [], communications: tables["communications"] ?? [], referrals: tables["referrals"] ?? [],
            vacationHolds: tables["vacation_holds"] ?? [], serviceSkips: tables["service_skips"] ?? [], exportedAt: Date()
        )
        return try JSONBody.response(body)
    }

    @Sendable func gdprDelete(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let customer = try await service.anonymize(customerID: try context.parameters.require("id"), tenant: try context.requireTenant())
        return try JSONBody.response(["success": JSONValue.bool(true), "id": .string(customer.id), "name": .string(customer.name)])
    }
}
