import Foundation
import Geocoding
import GRDB
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Customer and property automatic behaviours")
struct CustomerBehaviourTests {
    /// Makes a plan and a template for East Austin with it; returns (plan, template).
    func catalog(_ client: some TestClientProtocol, _ headers: HTTPFields, zone: String = "sz_east_austin") async throws -> (String, String) {
        let plan: String = try await client.execute(uri: "/api/service-plans", method: .post, headers: headers, body: #"{"name":"Weekly Standard"}"#.buffer) {
            $0.body.json["id"] as? String ?? ""
        }
        let template: String = try await client.execute(uri: "/api/route-templates", method: .post, headers: headers,
            body: #"{"name":"Tue","day_of_week":"tuesday","service_zone_id":"\#(zone)","service_plan_id":"\#(plan)"}"#.buffer) {
            $0.body.json["id"] as? String ?? ""
        }
        return (plan, template)
    }

    func customer(_ client: some TestClientProtocol, _ headers: HTTPFields, _ body: String = #"{"name":"Pat Doe"}"#) async throws -> String {
        try await client.execute(uri: "/api/customers", method: .post, headers: headers, body: body.buffer) { response in
            #expect(response.status == .created, "\(response.body.text)")
            return response.body.json["id"] as? String ?? ""
        }
    }

    func stops(_ client: some TestClientProtocol, _ headers: HTTPFields, _ template: String) async throws -> [[String: Any]] {
        try await client.execute(uri: "/api/route-templates/\(template)/stops", method: .get, headers: headers) { $0.body.json["data"] as? [[String: Any]] ?? [] }
    }

    @Test func propertiesAreGeocodedZoneMatchedAndSynced() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            let (plan, template) = try await catalog(client, headers)
            let south: String = try await client.execute(uri: "/api/route-templates", method: .post, headers: headers,
                body: #"{"name":"Wed","day_of_week":"wednesday","service_zone_id":"sz_south_congress","service_plan_id":"\#(plan)"}"#.buffer) {
                $0.body.json["id"] as? String ?? ""
            }
            let id = try await customer(client, headers)
            // Geocoded (offline: the ZIP centroid of 78702) and matched to East Austin by polygon; on the template.
            let property: [String: Any] = try await client.execute(uri: "/api/customers/\(id)/properties", method: .post, headers: headers,
                body: #"{"address":"1100 E 6th St, Austin, TX 78702","service_plan_id":"\#(plan)"}"#.buffer) { $0.body.json }
            let propertyID = property["id"] as? String ?? ""
            #expect(property["service_zone_id"] as? String == "sz_east_austin")
            #expect(property["bin_count"] as? Int == 1)
            #expect(property["geocode_status"] as? String == "located")
            #expect(try await stops(client, headers, template).map { $0["property_id"] as? String } == [propertyID])
            // Moving the property to South Congress by zone moves the stop.
            try await client.execute(uri: "/api/properties/\(propertyID)", method: .put, headers: headers, body: #"{"service_zone_id":"sz_south_congress"}"#.buffer) {
                #expect($0.status == .ok)
            }
            #expect(try await stops(client, headers, template).first?["is_active"] as? Int == 0)
            #expect(try await stops(client, headers, south).first?["is_active"] as? Int == 1)
            // A new address without coordinates is geocoded again and re-matched; manual coordinates are kept as given.
            try await client.execute(uri: "/api/properties/\(propertyID)", method: .put, headers: headers, body: #"{"lat":30.2747,"lng":-97.7404}"#.buffer) {
                #expect($0.body.json["geocode_status"] as? String == "manual")
                #expect($0.body.json["service_zone_id"] as? String == "sz_downtown_core")
            }
            try await client.execute(uri: "/api/properties/\(propertyID)", method: .put, headers: headers, body: #"{"address":"1 Main St, Austin, TX 78702"}"#.buffer) {
                #expect($0.body.json["geocode_status"] as? String == "located")
                #expect($0.body.json["lat"] as? Double == 30.2638)
            }
            // Deactivating removes it from every template.
            try await client.execute(uri: "/api/properties/\(propertyID)", method: .delete, headers: headers) { #expect($0.status == .ok) }
            #expect(try await stops(client, headers, template).allSatisfy { $0["is_active"] as? Int == 0 })
            #expect(try await stops(client, headers, south).allSatisfy { $0["is_active"] as? Int == 0 })
            try await client.execute(uri: "/api/customers/\(id)", method: .get, headers: headers) { #expect($0.body.json["property_count"] as? Int == 0) }
        }
    }

    @Test func aZIPOnlyAddressFallsBackToTheZoneListingIt() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            let id = try await customer(client, headers)
            // The offline geocoder puts 78719 at the ZIP centroid, inside the airport hole: no polygon; the ZIP decides.
            try await client.execute(uri: "/api/customers/\(id)/properties", method: .post, headers: headers, body: #"{"address":"Austin, TX 78719"}"#.buffer) {
                #expect($0.body.json["service_zone_id"] as? String == "sz_southeast_del_valle")
            }
        }
    }

    @Test func uniformTrashDayIsApplied() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/api/tenant/settings", method: .put, headers: headers, body: #"{"trash_day_mode":"uniform"}"#.buffer) {
                #expect($0.status == .unprocessableContent)
            }
            try await client.execute(uri: "/api/tenant/settings", method: .put, headers: headers, body: #"{"trash_day_mode":"uniform","default_trash_day":"thursday"}"#.buffer) {
                #expect($0.body.json["default_trash_day"] as? String == "Thursday")
            }
            let id = try await customer(client, headers)
            try await client.execute(uri: "/api/customers/\(id)/properties", method: .post, headers: headers, body: #"{"address":"1 Main St, Austin, TX 78702"}"#.buffer) {
                #expect($0.body.json["trash_day"] as? String == "Thursday")
            }
            try await client.execute(uri: "/api/customers/\(id)/properties", method: .post, headers: headers, body: #"{"address":"2 Main St, Austin, TX 78702","trash_day":"Monday"}"#.buffer) {
                #expect($0.body.json["trash_day"] as? String == "Monday")
            }
        }
    }

    @Test func namesAddressesAndValidation() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            let id = try await customer(client, headers, #"{"first_name":"Ann","last_name":"Lee","address":"1 Main St, Austin, TX 78702"}"#)
            try await client.execute(uri: "/api/customers/\(id)", method: .put, headers: headers, body: #"{"last_name":"Park"}"#.buffer) {
                #expect($0.body.json["name"] as? String == "Ann Park")
            }
            try await client.execute(uri: "/api/customers/\(id)", method: .put, headers: headers, body: #"{"address":"Austin, TX 78701"}"#.buffer) {
                #expect($0.body.json["lat"] as? Double == 30.2713)
            }
            for (body, field) in [
                (#"{"email":"x@y.z"}"#, "name"), (#"{"name":"A","email":"nope"}"#, "email"), (#"{"name":"A","billing_status":"late"}"#, "billing_status"),
                (#"{"name":"A","service_plan_id":"sp_none"}"#, "service_plan_id"), (#"{"name":"A","address":"hello"}"#, "address"),
                (#"{"name":"A","trash_day":"someday"}"#, "trash_day"), (#"{"name":5}"#, "name"),
            ] {
                try await client.execute(uri: "/api/customers", method: .post, headers: headers, body: body.buffer) {
                    #expect($0.status == .unprocessableContent, "\(body)")
                    #expect(errorMessage($0.body).contains(field), "\(errorMessage($0.body))")
                }
            }
            try await client.execute(uri: "/api/customers?limit=201", method: .get, headers: headers) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/api/customers?sort=random", method: .get, headers: headers) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/api/customers?status=late", method: .get, headers: headers) { #expect($0.status == .badRequest) }
        }
    }

    @Test func everyCustomerRouteIsScopedToTheTenant() async throws {
        let service = try await TestService()
        let acme = try await service.headers(), other = try await service.headers("other")
        try await service.app.test(.router) { client in
            let id = try await customer(client, acme, #"{"name":"Private Person","email":"p@example.com","address":"1 Main St, Austin, TX 78702"}"#)
            let propertyID: String = try await client.execute(uri: "/api/customers/\(id)/properties", method: .get, headers: acme) {
                (($0.body.json["data"] as? [[String: Any]])?.first?["id"] as? String) ?? ""
            }
            let attempts: [(String, HTTPRequest.Method, String?)] = [
                ("/api/customers/\(id)", .get, nil), ("/api/customers/\(id)", .put, #"{"phone":"1"}"#), ("/api/customers/\(id)", .delete, nil),
                ("/api/customers/\(id)/restore", .put, nil), ("/api/customers/\(id)/history", .get, nil), ("/api/customers/\(id)/export", .get, nil),
                ("/api/customers/\(id)/gdpr-delete", .delete, nil), ("/api/customers/\(id)/properties", .get, nil),
                ("/api/customers/\(id)/properties", .post, #"{"address":"2 Main St, Austin, TX 78702"}"#),
                ("/api/properties/\(propertyID)", .put, #"{"bin_count":2}"#), ("/api/properties/\(propertyID)", .delete, nil),
            ]
            for (uri, method, body) in attempts {
                try await client.execute(uri: uri, method: method, headers: other, body: body?.buffer) {
                    #expect($0.status == .notFound, "\(method) \(uri)")
                }
            }
            try await client.execute(uri: "/api/customers", method: .get, headers: other) { #expect($0.body.json["total"] as? Int == 0) }
            try await client.execute(uri: "/api/customers/check-duplicate?email=p@example.com", method: .get, headers: other) {
                #expect($0.body.json["duplicate"] as? Bool == false)
            }
            try await client.execute(uri: "/api/customers/\(id)", method: .get, headers: acme) { #expect($0.body.json["name"] as? String == "Private Person") }
        }
    }

    @Test func historyExportAndGDPRDelete() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            let (plan, _) = try await catalog(client, headers)
            let id = try await customer(client, headers, #"{"name":"Gail Ray","email":"gail@example.com","phone":"555","address":"1100 E 6th St, Austin, TX 78702","service_plan_id":"\#(plan)"}"#)
            #expect(id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" })
            try await service.execute([
                "INSERT INTO invoices (tenant_id, id, customer_id, total_cents, status, issued_at, paid_at, created_at) VALUES ('acme', 'inv_1', '\(id)', 7500, 'paid', '2026-03-01 00:00:00', '2026-03-01 12:00:00', '2026-03-01 00:00:00')",
                "INSERT INTO stops (tenant_id, id, customer_id, route_date, status, completed_at, created_at) VALUES ('acme', 'stp_1', '\(id)', '2026-03-22', 'completed', '2026-03-22 10:30:00', '2026-03-22 00:00:00')",
                "INSERT INTO payments (tenant_id, id, customer_id, invoice_id, amount_cents, method, paid_at, created_at) VALUES ('acme', 'pay_1', '\(id)', 'inv_1', 7500, 'card', '2026-03-01 12:00:00', '2026-03-01 12:00:00')",
            ])
            try await client.execute(uri: "/api/customers/\(id)/history", method: .get, headers: headers) { response in
                let body = response.body.json
                #expect((body["customer"] as? [String: Any])?["service_plan_name"] as? String == "Weekly Standard")
                #expect((body["recent_stops"] as? [[String: Any]])?.first?["route_date"] as? String == "2026-03-22")
                #expect((body["recent_stops"] as? [[String: Any]])?.first?["completed_at"] as? String == "2026-03-22T10:30:00Z")
                #expect((body["recent_invoices"] as? [[String: Any]])?.first?["total_cents"] as? Int == 7500)
                #expect((body["template_stops"] as? [[String: Any]])?.first?["template_name"] as? String == "Tue")
                #expect((body["template_stops"] as? [[String: Any]])?.first?["zone_name"] as? String == "East Austin")
            }
            try await client.execute(uri: "/api/customers/\(id)/export", method: .get, headers: headers) { response in
                let body = response.body.json
                #expect((body["customer"] as? [String: Any])?["email"] as? String == "gail@example.com")
                #expect((body["properties"] as? [Any])?.count == 1 && (body["invoices"] as? [Any])?.count == 1)
                #expect((body["payments"] as? [Any])?.count == 1 && (body["service_history"] as? [Any])?.count == 1)
                for key in ["communications", "referrals", "vacation_holds", "service_skips"] { #expect(body[key] is [Any], "\(key)") }
            }
            try await client.execute(uri: "/api/customers/\(id)/gdpr-delete", method: .delete, headers: headers) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/customers/\(id)", method: .get, headers: headers) { response in
                let body = response.body.json
                #expect(body["name"] as? String == "Deleted User")
                #expect(body["email"] is NSNull && body["phone"] is NSNull && body["address"] is NSNull)
            }
            try await client.execute(uri: "/api/customers/\(id)/properties", method: .get, headers: headers) { response in
                let property = (response.body.json["data"] as? [[String: Any]])?.first ?? [:]
                #expect(property["address"] as? String == "" && property["lat"] is NSNull && property["lng"] is NSNull)
            }
            try await client.execute(uri: "/api/customers/\(id)/export", method: .get, headers: headers) { response in
                #expect((response.body.json["invoices"] as? [Any])?.count == 1 && (response.body.json["payments"] as? [Any])?.count == 1)
            }
        }
    }
}

@Suite("A geocoder that is down loses nothing")
struct PendingGeocodeTests {
    @Test func recordsAreKeptPendingWithAnOutboxEvent() async throws {
        let service = try await TestService(provider: DownProvider(), retry: RetryPolicy(maxAttempts: 1))
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            let customer: [String: Any] = try await client.execute(uri: "/api/customers", method: .post, headers: headers,
                body: #"{"name":"Lee Pending","email":"lee@example.com","address":"1100 E 6th St, Austin, TX 78702"}"#.buffer) { response in
                #expect(response.status == .created)
                return response.body.json
            }
            #expect(customer["geocode_status"] as? String == "pending")
            #expect(customer["lat"] is NSNull)
            #expect(customer["property_count"] as? Int == 1)
            let id = customer["id"] as? String ?? ""
            try await client.execute(uri: "/api/customers/\(id)/properties", method: .get, headers: headers) { response in
                #expect((response.body.json["data"] as? [[String: Any]])?.first?["geocode_status"] as? String == "pending")
            }
        }
        let kinds = try await service.strings("SELECT kind FROM outbox_events WHERE tenant_id = 'acme' ORDER BY kind")
        #expect(kinds == ["geocode", "welcome_email"])
    }
}

@Suite("Catalog and settings are per tenant")
struct CatalogIsolationTests {
    @Test func plansTemplatesAndSettingsDoNotLeak() async throws {
        let service = try await TestService()
        let acme = try await service.headers(), other = try await service.headers("other")
        try await service.app.test(.router) { client in
            let plan: String = try await client.execute(uri: "/api/service-plans", method: .post, headers: acme, body: #"{"name":"Gold"}"#.buffer) {
                $0.body.json["id"] as? String ?? ""
            }
            let template: String = try await client.execute(uri: "/api/route-templates", method: .post, headers: acme,
                body: #"{"name":"Mon","day_of_week":"monday","service_plan_id":"\#(plan)"}"#.buffer) { $0.body.json["id"] as? String ?? "" }
            try await client.execute(uri: "/api/tenant/settings", method: .put, headers: acme, body: #"{"trash_day_mode":"uniform","default_trash_day":"friday"}"#.buffer) { _ in }
            try await client.execute(uri: "/api/service-plans", method: .get, headers: other) { #expect(($0.body.json["data"] as? [Any])?.isEmpty == true) }
            try await client.execute(uri: "/api/route-templates", method: .get, headers: other) { #expect(($0.body.json["data"] as? [Any])?.isEmpty == true) }
            try await client.execute(uri: "/api/route-templates/\(template)/stops", method: .get, headers: other) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/api/tenant/settings", method: .get, headers: other) {
                #expect($0.body.json["trash_day_mode"] as? String == "per_property")
            }
            // Another tenant's plan cannot be referenced.
            try await client.execute(uri: "/api/route-templates", method: .post, headers: other,
                body: #"{"name":"Mon","day_of_week":"monday","service_plan_id":"\#(plan)"}"#.buffer) { #expect($0.status == .unprocessableContent) }
            try await client.execute(uri: "/api/customers", method: .post, headers: other, body: #"{"name":"X","service_plan_id":"\#(plan)"}"#.buffer) {
                #expect($0.status == .unprocessableContent)
            }
        }
    }
}
