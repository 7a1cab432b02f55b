import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("One timestamp format: RFC 3339 in UTC to the second")
struct TimestampFormatTests {
    /// The instant every stored form below stands for.
    static let instant = "2026-12-03T07:18:29Z"

    @Test("the export shows every row's instants as RFC 3339 UTC, whatever form they were stored in, and dates as stored")
    func exportTimestamps() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            let id: String = try await client.execute(uri: "/api/customers", method: .post, headers: headers,
                body: #"{"name":"Tess Stamp","email":"tess@example.com","address":"1100 E 6th St, Austin, TX 78702"}"#.buffer) { response in
                #expect(response.status == .created, "\(response.body.text)")
                return response.body.json["id"] as? String ?? ""
            }
            let columns = "tenant_id, id, customer_id"
            try await service.execute([
                "INSERT INTO invoices (\(columns), total_cents, status, issued_at, paid_at, created_at) VALUES ('acme', 'inv_t', '\(id)', 7500, 'paid', '2026-12-03 07:18:29.298', '2026-12-03T09:18:29+02:00', '2026-12-03 07:18:29')",
                "INSERT INTO payments (\(columns), invoice_id, amount_cents, method, paid_at, created_at) VALUES ('acme', 'pay_t', '\(id)', 'inv_t', 7500, 'card', '2026-12-03 07:18:29.999', '2026-12-03 07:18:29.000')",
                "INSERT INTO stops (\(columns), route_date, status, completed_at, created_at) VALUES ('acme', 'stp_t', '\(id)', '2026-12-03', 'completed', '2026-12-03 07:18:29.298', '2026-12-03 07:18:29.298')",
                "INSERT INTO communications (\(columns), channel, recipient, status, sent_at, created_at) VALUES ('acme', 'com_t', '\(id)', 'email', 'tess@example.com', 'queued', NULL, '2026-12-03 07:18:29.298')",
                "INSERT INTO referrals (\(columns), referred_name, status, created_at) VALUES ('acme', 'ref_t', '\(id)', 'Ned', 'pending', '2026-12-03 07:18:29.298')",
                "INSERT INTO vacation_holds (\(columns), starts_on, ends_on, created_at) VALUES ('acme', 'vac_t', '\(id)', '2026-12-24', '2027-01-02', '2026-12-03 07:18:29.298')",
                "INSERT INTO service_skips (\(columns), skip_date, reason, created_at) VALUES ('acme', 'skp_t', '\(id)', '2026-12-10', 'holiday', '2026-12-03 07:18:29.298')",
            ])
            try await client.execute(uri: "/api/customers/\(id)/export", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                #expect(TimestampFields.problems(in: response.body, lines: false) == [])
                let body = response.body.json
                func row(_ key: String) -> [String: Any] { (body[key] as? [[String: Any]])?.first ?? [:] }
                #expect(["issued_at", "paid_at", "created_at"].map { row("invoices")[$0] as? String } == Array(repeating: Self.instant, count: 3))
                #expect(row("payments")["paid_at"] as? String == Self.instant && row("payments")["created_at"] as? String == Self.instant)
                #expect(row("service_history")["completed_at"] as? String == Self.instant)
                #expect(row("service_history")["route_date"] as? String == "2026-12-03")
                #expect(row("communications")["sent_at"] is NSNull && row("communications")["created_at"] as? String == Self.instant)
                #expect(row("referrals")["created_at"] as? String == Self.instant)
                #expect(row("vacation_holds")["starts_on"] as? String == "2026-12-24" && row("vacation_holds")["ends_on"] as? String == "2027-01-02")
                #expect(row("service_skips")["skip_date"] as? String == "2026-12-10")
                let customer = body["customer"] as? [String: Any] ?? [:]
                for (key, value) in [("properties[0].created_at", row("properties")["created_at"]), ("properties[0].updated_at", row("properties")["updated_at"]),
                                     ("customer.created_at", customer["created_at"]), ("exported_at", body["exported_at"])] {
                    #expect((value as? String).map(TimestampFields.isTimestamp) == true, "\(key) = \(value ?? "missing")")
                }
            }
            try await client.execute(uri: "/api/customers/\(id)/history", method: .get, headers: headers) { response in
                let body = response.body.json
                #expect((body["recent_stops"] as? [[String: Any]])?.first?["completed_at"] as? String == Self.instant)
                #expect((body["recent_invoices"] as? [[String: Any]])?.first?["paid_at"] as? String == Self.instant)
            }
        }
    }

    @Test("the suite's check finds a wrong timestamp at any depth, in arrays and on NDJSON lines, and lets null through")
    func checkFindsWrongTimestamps() {
        let body = #"{"a_at":null,"b_at":"2026-12-03T07:18:29Z","rows":[{"c_at":"2026-12-03 07:18:29.298"},{"d":{"e_at":17}}],"custom_fields_json":{"f_at":"soon"}}"#
        #expect(TimestampFields.problems(in: body.buffer, lines: false) == [#"rows[0].c_at = "2026-12-03 07:18:29.298""#, "rows[1].d.e_at = 17"])
        let lines = "{\"x_at\":\"2026-12-03T07:18:29.298Z\"}\n{\"y_at\":\"2026-12-03T07:18:29Z\"}\n{\"z_at\":\"2026-12-03T08:18:29+01:00\"}\n"
        #expect(TimestampFields.problems(in: lines.buffer, lines: true) == [#"line 1: x_at = "2026-12-03T07:18:29.298Z""#, #"line 3: z_at = "2026-12-03T08:18:29+01:00""#])
        #expect(TimestampFields.problems(in: #"{"route_date":"2026-12-03"}"#.buffer, lines: false) == [])
        #expect(TimestampFields.kind(ofContentType: "application/json; charset=utf-8") == (json: true, lines: false))
        #expect(TimestampFields.kind(ofContentType: "application/x-ndjson") == (json: true, lines: true))
        #expect(TimestampFields.kind(ofContentType: "text/plain; version=0.0.4").json == false)
    }
}
