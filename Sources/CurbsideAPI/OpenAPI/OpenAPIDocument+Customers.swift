import Customers

/// The customer, property and catalog routes of the OpenAPI document.
extension OpenAPIDocument {
    static var customerPaths: [String: Any] {
        let id = idParameter()
        func query(_ name: String, _ schema: [String: Any], _ description: String) -> [String: Any] {
            ["name": name, "in": "query", "required": false, "schema": schema, "description": description]
        }
        func query(_ name: String, _ type: String, _ description: String) -> [String: Any] { query(name, ["type": type], description) }
        func oneOf(_ values: [String]) -> [String: Any] { ["type": "string", "enum": values + [""]] }
        return [
            "/api/customers": [
                "get": operation(
                    "listCustomers", "A page of customers", tag: "customers",
                    parameters: [
                        query("page", ["type": "integer", "minimum": 1, "maximum": 1_000_000], "Page number (default 1)"),
                        query("limit", ["type": "integer", "minimum": 1, "maximum": 200], "Results per page (default 50)"),
                        query("search", "string", "Name, email or address"), query("zone_id", "string", "Service zone"),
                        query("plan_id", "string", "Service plan"),
                        query("status", oneOf(BillingStatus.allCases.map(\.rawValue)), "Billing status"),
                        query("sort", oneOf(CustomerQuery.Sort.allCases.map(\.rawValue)), "name_asc (default), name_desc, enrolled_newest or enrolled_oldest"),
                    ],
                    response: ("200", response("The page", schema: "CustomerPage")), errors: ["400", "401"]
                ),
                "post": operation("createCustomer", "Create a customer", tag: "customers", body: "CustomerInput", response: ("201", response("The customer", schema: "Customer")), errors: ["400", "401", "422"]),
            ],
            "/api/customers/check-duplicate": [
                "get": operation(
                    "checkDuplicateCustomers", "Customers with the same e-mail or address", tag: "customers",
                    parameters: [
                        query("email", ["type": "string", "examples": ["ada@example.com"]], "Compared case-insensitively"),
                        query("address", ["type": "string", "examples": OpenAPISchemas.address["examples"]!], "Compared in normalized form"),
                    ],
                    response: ("200", response("The matches", schema: "DuplicateAnswer")), errors: ["401", "422"],
                    description: "Needs email, address or both (422 otherwise)."
                ),
            ],
            "/api/customers/import": [
                "post": operation("importCustomers", "Import customers", tag: "customers", body: "CustomerImport", response: ("200", response("How many were imported, and the rows that were not", schema: "ImportAnswer")), errors: ["400", "401", "422"]),
            ],
            "/api/customers/{id}": [
                "parameters": id,
                "get": operation("getCustomer", "One customer", tag: "customers", response: ("200", response("The customer", schema: "Customer")), errors: ["401", "404"]),
                "put": operation("updateCustomer", "Update a customer", tag: "customers", body: "CustomerUpdate", response: ("200", response("The customer", schema: "Customer")), errors: ["400", "401", "404", "422"]),
                "delete": operation("deleteCustomer", "Soft-delete a customer", tag: "customers", response: ("200", response("Done", schema: "Success")), errors: ["401", "404"]),
            ],
            "/api/customers/{id}/history": [
                "parameters": id,
                "get": operation("getCustomerHistory", "Recent stops, invoices and route-template assignments", tag: "customers", response: ("200", response("The history", schema: "CustomerHistory")), errors: ["401", "404"]),
            ],
            "/api/customers/{id}/export": [
                "parameters": id,
                "get": operation("exportCustomer", "Everything kept about the customer (GDPR export)", tag: "customers", response: ("200", response("The export", schema: "CustomerExport")), errors: ["401", "404"]),
            ],
            "/api/customers/{id}/gdpr-delete": [
                "parameters": id,
                "delete": operation("eraseCustomer", "Anonymize the customer (GDPR erasure); financial records are kept", tag: "customers", response: ("200", response("Done", schema: "Success")), errors: ["401", "404"]),
            ],
            "/api/customers/{id}/restore": [
                "parameters": id,
                "put": operation("restoreCustomer", "Restore a soft-deleted customer", tag: "customers", response: ("200", response("The customer", schema: "Customer")), errors: ["401", "404"]),
            ],
            "/api/customers/{id}/properties": [
                "parameters": id,
                "get": operation("listCustomerProperties", "The customer's properties", tag: "properties", response: ("200", response("The properties", schema: "PropertyList")), errors: ["401", "404"]),
                "post": operation("createProperty", "Add a property", tag: "properties", body: "PropertyInput", response: ("201", response("The property", schema: "Property")), errors: ["400", "401", "404", "422"]),
            ],
            "/api/properties": [
                "get": operation(
                    "listProperties", "A page of the tenant's properties, most doubtful first (the review queue)", tag: "properties",
                    parameters: [
                        query("assignment", oneOf(Assignment.allCases.map(\.rawValue)), "review (the review queue) or confident"),
                        query("reason", oneOf(AssignmentReason.allCases.map(\.rawValue)), "Only properties with this review reason"),
                        query("zone_id", "string", "Service zone"), query("customer_id", "string", "Customer"),
                        query("page", ["type": "integer", "minimum": 1, "maximum": 1_000_000], "Page number (default 1)"),
                        query("limit", ["type": "integer", "minimum": 1, "maximum": 200], "Results per page (default 50)"),
                    ],
                    response: ("200", response("The page", schema: "PropertyPage")), errors: ["400", "401"],
                    description: "The active properties of live customers, each with its customer's name: those with no zone first, then those whose zone no longer covers their point, then by distance to the nearest zone boundary (smallest first), then by id."
                ),
            ],
            "/api/properties/{id}": [
                "parameters": id,
                "put": operation("updateProperty", "Update a property", tag: "properties", body: "PropertyUpdate", response: ("200", response("The property", schema: "Property")), errors: ["400", "401", "404", "422"]),
                "delete": operation("deactivateProperty", "Deactivate a property", tag: "properties", response: ("200", response("Done", schema: "Success")), errors: ["401", "404"]),
            ],
            "/api/service-plans": [
                "get": operation("listServicePlans", "The tenant's service plans", tag: "catalog", response: ("200", response("The plans", schema: "ServicePlanList"))),
                "post": operation("createServicePlan", "Create a service plan", tag: "catalog", body: "ServicePlanInput", response: ("201", response("The plan", schema: "ServicePlan")), errors: ["400", "401", "422"]),
            ],
            "/api/route-templates": [
                "get": operation("listRouteTemplates", "The tenant's route templates", tag: "catalog", response: ("200", response("The templates", schema: "RouteTemplateList"))),
                "post": operation("createRouteTemplate", "Create a route template", tag: "catalog", body: "RouteTemplateInput", response: ("201", response("The template", schema: "RouteTemplate")), errors: ["400", "401", "422"]),
            ],
            "/api/route-templates/{id}/stops": [
                "parameters": id,
                "get": operation("listTemplateStops", "The template's stops", tag: "catalog", response: ("200", response("The stops", schema: "TemplateStopList")), errors: ["401", "404"]),
            ],
            "/api/tenant/settings": [
                "get": operation("getTenantSettings", "The tenant's settings", tag: "catalog", response: ("200", response("The settings", schema: "TenantSettings"))),
                "put": operation("updateTenantSettings", "Change the tenant's settings", tag: "catalog", body: "TenantSettings", response: ("200", response("The settings", schema: "TenantSettings")), errors: ["400", "401", "422"]),
            ],
        ]
    }
}
