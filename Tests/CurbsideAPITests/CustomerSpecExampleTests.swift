import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The curl examples of customers-api.md and properties-api.md, over a real socket, with the documented status
/// codes and response shapes (ids replaced by the ones the service made).
@Suite("Documented examples (.live)")
struct CustomerSpecExampleTests {
    @Test func theCustomerAndPropertyExamplesWork() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.live) { client in
            // Catalog the examples refer to.
            let plan: String = try await client.execute(uri: "/api/service-plans", method: .post, headers: headers,
                body: #"{"name":"Weekly Premium","frequency":"weekly","price_cents":4500}"#.buffer) { response in
                #expect(response.status == .created)
                return response.body.json["id"] as? String ?? ""
            }
            #expect(plan.hasPrefix("sp_"))
            let template: String = try await client.execute(uri: "/api/route-templates", method: .post, headers: headers,
                body: #"{"name":"Tuesday - East","day_of_week":"tuesday","service_zone_id":"sz_east_austin","service_plan_id":"\#(plan)"}"#.buffer) {
                #expect($0.status == .created)
                return $0.body.json["id"] as? String ?? ""
            }

            // Create Customer.
            let create = #"""
                {"first_name":"Jane","last_name":"Smith","email":"jane@example.com","phone":"555-0200",
                 "address":"456 Oak Ave, Austin, TX 78702","service_plan_id":"\#(plan)","notes":"Gate code: 1234",
                 "custom_fields_json":{"bin_count":2,"bin_size":"96gal","bin_location":"Side of house"}}
                """#
            let customer: [String: Any] = try await client.execute(uri: "/api/customers", method: .post, headers: headers, body: create.buffer) {
                #expect($0.status == .created)
                return $0.body.json
            }
            let customerID = customer["id"] as? String ?? ""
            #expect(customerID.hasPrefix("cus_"))
            #expect(customer["name"] as? String == "Jane Smith")
            #expect(customer["lat"] as? Double != nil && customer["geocode_status"] as? String == "located")
            #expect(customer["service_zone_id"] as? String == "sz_east_austin")
            #expect(customer["service_zone_name"] as? String == "East Austin")
            #expect(customer["service_plan_name"] as? String == "Weekly Premium")
            #expect(customer["property_count"] as? Int == 1)
            #expect((customer["custom_fields_json"] as? [String: Any])?["bin_size"] as? String == "96gal")
            #expect((customer["created_at"] as? String)?.hasSuffix("Z") == true)

            // List Customers.
            try await client.execute(uri: "/api/customers?page=1&limit=50&search=jane", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                let body = response.body.json
                #expect(body["total"] as? Int == 1 && body["page"] as? Int == 1 && body["limit"] as? Int == 50)
                let row = (body["data"] as? [[String: Any]])?.first ?? [:]
                for field in ["id", "name", "first_name", "last_name", "email", "phone", "address", "lat", "lng", "billing_status",
                              "service_plan_name", "service_zone_name", "property_count"] {
                    #expect(row.keys.contains(field), "\(field)")
                }
            }

            // Update Customer.
            try await client.execute(uri: "/api/customers/\(customerID)", method: .put, headers: headers,
                body: #"{"phone":"555-0300","billing_status":"active","notes":"Updated gate code: 5678"}"#.buffer) { response in
                #expect(response.status == .ok)
                #expect(response.body.json["phone"] as? String == "555-0300" && response.body.json["billing_status"] as? String == "active")
            }

            // List Properties for a Customer: the property made with the customer, on the matching template.
            let propertyID: String = try await client.execute(uri: "/api/customers/\(customerID)/properties", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                let property = (response.body.json["data"] as? [[String: Any]])?.first ?? [:]
                #expect(property["customer_id"] as? String == customerID && property["is_active"] as? Int == 1)
                #expect(property["service_zone_name"] as? String == "East Austin" && property["bin_count"] as? Int == 1)
                return property["id"] as? String ?? ""
            }
            try await client.execute(uri: "/api/route-templates/\(template)/stops", method: .get, headers: headers) { response in
                let stops = response.body.json["data"] as? [[String: Any]] ?? []
                #expect(stops.count == 1 && stops.first?["property_id"] as? String == propertyID && stops.first?["is_active"] as? Int == 1)
            }

            // Create a Property.
            let second = #"""
                {"address":"456 Oak Ave, Austin, TX 78702","service_plan_id":"\#(plan)","bin_count":1,"bin_size":"64gal",
                 "bin_location":"Front of house","trash_day":"Tuesday","notes":"Ring doorbell on arrival"}
                """#
            let newProperty: String = try await client.execute(uri: "/api/customers/\(customerID)/properties", method: .post, headers: headers, body: second.buffer) { response in
                #expect(response.status == .created)
                #expect(response.body.json["trash_day"] as? String == "Tuesday" && response.body.json["bin_size"] as? String == "64gal")
                return response.body.json["id"] as? String ?? ""
            }

            // Update a Property.
            try await client.execute(uri: "/api/properties/\(newProperty)", method: .put, headers: headers,
                body: #"{"bin_count":3,"bin_location":"Behind fence","notes":"New gate code: 5678"}"#.buffer) { response in
                #expect(response.status == .ok && response.body.json["bin_count"] as? Int == 3)
            }

            // Delete (Deactivate) a Property.
            try await client.execute(uri: "/api/properties/\(newProperty)", method: .delete, headers: headers) { response in
                #expect(response.status == .ok)
                #expect(response.body.text == #"{"success":true}"#)
            }

            // Check Duplicates.
            try await client.execute(uri: "/api/customers/check-duplicate?email=JANE@example.com&address=456+Oak+Avenue+Austin+Texas+78702", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                #expect(response.body.json["duplicate"] as? Bool == true)
                let match = (response.body.json["matches"] as? [[String: Any]])?.first ?? [:]
                #expect(match["id"] as? String == customerID && match["email"] as? String == "jane@example.com")
            }

            // Bulk Import.
            let bulk = #"""
                {"customers":[
                 {"name":"Alice Brown","email":"alice@example.com","address":"789 Pine St, Austin, TX","service_plan_name":"Weekly Premium"},
                 {"name":"Bob Wilson","email":"bob@example.com","address":"321 Elm St, Austin, TX","service_zone_name":"South Congress / Travis Heights"}]}
                """#
            try await client.execute(uri: "/api/customers/import", method: .post, headers: headers, body: bulk.buffer) { response in
                #expect(response.status == .ok)
                #expect(response.body.json["imported"] as? Int == 2)
                #expect((response.body.json["errors"] as? [Any])?.isEmpty == true)
            }

            // Delete Customer (Soft Delete), then Restore Customer.
            try await client.execute(uri: "/api/customers/\(customerID)", method: .delete, headers: headers) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/customers/\(customerID)", method: .get, headers: headers) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/api/customers?search=jane", method: .get, headers: headers) { #expect($0.body.json["total"] as? Int == 0) }
            try await client.execute(uri: "/api/customers/check-duplicate?email=jane@example.com", method: .get, headers: headers) {
                #expect($0.body.json["duplicate"] as? Bool == false)
            }
            try await client.execute(uri: "/api/customers/\(customerID)/restore", method: .put, headers: headers) { response in
                #expect(response.status == .ok && response.body.json["id"] as? String == customerID)
            }
            try await client.execute(uri: "/api/customers?sort=name_asc", method: .get, headers: headers) { response in
                let names = (response.body.json["data"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
                #expect(names == ["Alice Brown", "Bob Wilson", "Jane Smith"])
            }

            // Customer History.
            try await client.execute(uri: "/api/customers/\(customerID)/history", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                let body = response.body.json
                #expect((body["customer"] as? [String: Any])?["service_plan_name"] as? String == "Weekly Premium")
                #expect(body["recent_stops"] is [Any] && body["recent_invoices"] is [Any])
                #expect((body["template_stops"] as? [[String: Any]])?.first?["template_name"] as? String == "Tuesday - East")
            }

            // GDPR Data Export.
            try await client.execute(uri: "/api/customers/\(customerID)/export", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                for key in ["customer", "properties", "invoices", "payments", "service_history", "communications", "referrals", "vacation_holds", "service_skips"] {
                    #expect(response.body.json[key] != nil, "\(key)")
                }
                #expect((response.body.json["properties"] as? [Any])?.count == 2)
            }

            // GDPR Deletion.
            try await client.execute(uri: "/api/customers/\(customerID)/gdpr-delete", method: .delete, headers: headers) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/customers/\(customerID)", method: .get, headers: headers) { response in
                #expect(response.body.json["name"] as? String == "Deleted User" && response.body.json["email"] is NSNull)
            }
        }
    }
}
