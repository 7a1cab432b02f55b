import Customers
import Foundation
import Hummingbird

/// `/api/customers…`: list, create, read, update, soft delete and restore, duplicate check, bulk import.
struct CustomerController {
    let service: CustomerService

    var routes: RouteCollection<TenantRequestContext> {
        let routes = RouteCollection(context: TenantRequestContext.self)
        routes.get(use: list)
        routes.post(use: create)
        routes.get("check-duplicate", use: checkDuplicate)
        routes.post("import", use: bulkImport)
        routes.get("{id}", use: show)
        routes.put("{id}", use: update)
        routes.delete("{id}", use: delete)
        routes.put("{id}/restore", use: restore)
        routes.get("{id}/history", use: history)
        routes.get("{id}/export", use: export)
        routes.delete("{id}/gdpr-delete", use: gdprDelete)
        routes.get("{id}/properties", use: listProperties)
        routes.post("{id}/properties", use: createProperty)
        return routes
    }

    @Sendable func list(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let parameters = FormQuery(request)
        var query = CustomerQuery()
        (query.page, query.limit) = try PageBody<CustomerBody>.paging(parameters)
        query.search = parameters["search"].flatMap { $0.isEmpty ? nil : $0 }
        query.zoneID = parameters["zone_id"].flatMap { $0.isEmpty ? nil : $0 }
        query.planID = parameters["plan_id"].flatMap { $0.isEmpty ? nil : $0 }
        if let status = parameters["status"], !status.isEmpty {
            guard let value = BillingStatus(rawValue: status) else {
                throw APIError.badQuery("status must be one of \(BillingStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            query.status = value
        }
        if let sort = parameters["sort"], !sort.isEmpty {
            guard let value = CustomerQuery.Sort(rawValue: sort) else {
                throw APIError.badQuery("sort must be one of \(CustomerQuery.Sort.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            query.sort = value
        }
        let (rows, total) = try await service.customers(tenant: tenant, query: query)
        return try JSONBody.response(PageBody(data: rows.map(CustomerBody.init), total: total, page: query.page, limit: query.limit))
    }

    static func integer(_ text: String?, name: String, range: ClosedRange<Int>) throws -> Int? {
        guard let text else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw APIError.badQuery("\(name) must be an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    @Sendable func create(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let input = try await JSONBody.decode(CustomerInput.self, from: request, context: context)
        let customer = try await service.createCustomer(input, tenant: tenant)
        return try JSONBody.response(CustomerBody(summary: customer), status: .created, headers: [.location: "/api/customers/\(customer.customer.id)"])
    }

    @Sendable func show(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let customer = try await service.customer(id: try context.parameters.require("id"), tenant: try context.requireTenant())
        return try JSONBody.response(CustomerBody(summary: customer))
    }

    @Sendable func update(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let changes = try await JSONBody.decode(CustomerChanges.self, from: request, context: context)
        let customer = try await service.updateCustomer(id: try context.parameters.require("id"), changes: changes, tenant: tenant)
        return try JSONBody.response(CustomerBody(summary: customer))
    }

    @Sendable func delete(_ request: Request, context: TenantRequestContext) async throws -> Response {
        try await service.deleteCustomer(id: try context.parameters.require("id"), tenant: try context.requireTenant())
        return try JSONBody.response(["success": true])
    }

    @Sendable func restore(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let customer = try await service.restoreCustomer(id: try context.parameters.require("id"), tenant: try context.requireTenant())
        return try JSONBody.response(CustomerBody(summary: customer))
    }

    struct DuplicateMatch: Encodable {
        var id: String
        var name: String
        var email: String?
        var address: String?
    }

    struct DuplicateAnswer: Encodable {
        var duplicate: Bool
        var matches: [DuplicateMatch]
    }

    @Sendable func checkDuplicate(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let parameters = FormQuery(request)
        let matches = try await service.duplicates(
            email: parameters["email"], address: parameters["address"], tenant: tenant
        )
        let answer = DuplicateAnswer(duplicate: !matches.isEmpty, matches: matches.map { DuplicateMatch(id: $0.id, name: $0.name, email: $0.email, address: $0.address) })
        return try JSONBody.response(answer)
    }

    struct ImportRequest: Decodable {
        var customers: [CustomerInput]
    }

    struct ImportError: Encodable {
        var index: Int
        var error: String
    }

    struct ImportAnswer: Encodable {
        var imported: Int
        var errors: [ImportError]
        var ids: [String]
    }

    /// Imports every valid row in one transaction; a bad row is reported with its index and reason and the others go on.
    @Sendable func bulkImport(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let body = try await JSONBody.decode(ImportRequest.self, from: request, context: context)
        guard body.customers.count <= 10_000 else { throw APIError.validation("customers holds at most 10,000 rows") }
        let result = try await service.importCustomers(body.customers, tenant: tenant)
        let answer = ImportAnswer(
            imported: result.ids.count, errors: result.errors.map { ImportError(index: $0.index, error: $0.error.description) }, ids: result.ids
        )
        return try JSONBody.response(answer)
    }

    struct PropertyList: Encodable {
        var data: [PropertyBody]
    }

    @Sendable func listProperties(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let properties = try await service.properties(customerID: try context.parameters.require("id"), tenant: try context.requireTenant())
        return try JSONBody.response(PropertyList(data: properties.map(PropertyBody.init)))
    }

    @Sendable func createProperty(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let input = try await JSONBody.decode(PropertyInput.self, from: request, context: context)
        let property = try await service.createProperty(customerID: try context.parameters.require("id"), input: input, tenant: tenant)
        return try JSONBody.response(PropertyBody(summary: property), status: .created, headers: [.location: "/api/properties/\(property.property.id)"])
    }
}
