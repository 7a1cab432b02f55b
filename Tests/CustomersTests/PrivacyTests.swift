import Customers
import Foundation
import Testing

/// GDPR export and erasure, and the customer history they sit beside.
@Suite("Export and erasure")
struct PrivacyTests {
    let f = ServiceFixture()

    /// Gail, with a property, an invoice, a payment, a stop and a welcome e-mail on record; and the rows of
    /// another customer and another tenant that must not show.
    func gail() async throws -> Customer {
        let gail = try await f.create("Gail Ray") {
            $0.email = "gail@example.com"
            $0.phone = "555"
            $0.address = Place.east.address
            $0.servicePlanID = "sp_weekly"
            $0.notes = "Dog in yard"
            $0.customFieldsJSON = .object(["gate": .string("9")])
            $0.billingStatus = "active"
        }.customer
        let property = try #require(f.properties(of: gail.id).first)
        _ = try await f.service.updateProperty(
            id: property.id, changes: PropertyChanges { $0.binLocation = .set("Side gate"); $0.notes = .set("Ring twice") }, tenant: f.tenant
        )
        let day = Date(timeIntervalSince1970: 1_772_400_000)
        f.repository.change { tables in
            tables.history += [
                HistoryRow(table: "invoices", tenantID: Catalog.tenant, id: "inv_1", customerID: gail.id, createdAt: day,
                           columns: ["total_cents": .integer(7500), "status": .text("paid"), "paid_at": .date(day)]),
                HistoryRow(table: "payments", tenantID: Catalog.tenant, id: "pay_1", customerID: gail.id, createdAt: day,
                           columns: ["invoice_id": .text("inv_1"), "amount_cents": .integer(7500), "method": .text("card")]),
                HistoryRow(table: "stops", tenantID: Catalog.tenant, id: "stp_1", customerID: gail.id, createdAt: day,
                           columns: ["route_date": .text("2026-03-22"), "status": .text("completed"), "completed_at": .date(day)]),
                HistoryRow(table: "communications", tenantID: Catalog.tenant, id: "com_1", customerID: gail.id, createdAt: day,
                           columns: ["channel": .text("email"), "recipient": .text("gail@example.com"), "status": .text("sent")]),
                HistoryRow(table: "invoices", tenantID: Catalog.tenant, id: "inv_x", customerID: "cus_someone_else", createdAt: day),
                HistoryRow(table: "invoices", tenantID: Catalog.otherTenant, id: "inv_y", customerID: gail.id, createdAt: day),
            ]
        }
        return gail
    }

    @Test("the export holds the customer and every table of its records, and nothing of anyone else")
    func export() async throws {
        let gail = try await gail()
        let (customer, records) = try await f.service.export(customerID: gail.id, tenant: f.tenant)
        #expect(customer == gail)
        #expect(Set(records.tables.keys) == Set(CustomerRecords.tableNames))
        #expect(records.tables["invoices"]?.map { $0["id"] } == [.string("inv_1")])
        #expect(records.tables["invoices"]?.first?["total_cents"] == .number(7500))
        #expect(records.tables["payments"]?.count == 1 && records.tables["stops"]?.count == 1)
        #expect(records.tables["communications"]?.first?["recipient"] == .string("gail@example.com"))
        #expect(records.tables["referrals"] == [] && records.tables["vacation_holds"] == [] && records.tables["service_skips"] == [])
        let property = try #require(records.tables["properties"]?.first)
        #expect(property["address"] == .string(Place.east.address) && property["lat"] == .number(Place.east.lat))
        #expect(property["is_active"] == .number(1) && property["customer_id"] == .string(gail.id))
        #expect(property["bin_location"] == .string("Side gate") && property["trash_day"] == .null)
    }

    @Test("a soft-deleted customer can be exported; an unknown or other tenant's one cannot")
    func exportScope() async throws {
        let gail = try await gail()
        try await f.service.deleteCustomer(id: gail.id, tenant: f.tenant)
        #expect(try await f.service.export(customerID: gail.id, tenant: f.tenant).customer.deletedAt != nil)
        #expect(await isNotFound { try await f.service.export(customerID: gail.id, tenant: Catalog.otherTenant) })
        #expect(await isNotFound { try await f.service.export(customerID: "cus_none", tenant: f.tenant) })
    }

    @Test("erasure removes personal data from the customer and its properties and keeps the rest")
    func erasure() async throws {
        let gail = try await gail()
        f.clock.advance(90)
        let erased = try await f.service.anonymize(customerID: gail.id, tenant: f.tenant)
        var expected = gail
        expected.name = "Deleted User"
        (expected.firstName, expected.lastName, expected.email, expected.phone) = (nil, nil, nil, nil)
        (expected.address, expected.addressKey, expected.lat, expected.lng) = (nil, nil, nil, nil)
        (expected.notes, expected.customFieldsJSON, expected.geocodeStatus) = (nil, nil, nil)
        expected.quality = .unknown
        expected.updatedAt = TestClock.start.addingTimeInterval(90)
        #expect(erased == expected)
        #expect(f.stored(gail.id) == expected)
        let property = try #require(f.properties(of: gail.id).first)
        #expect(property.address == "" && property.addressKey == nil && property.lat == nil && property.lng == nil)
        #expect(property.binLocation == nil && property.notes == nil && property.geocodeStatus == nil)
        #expect(property.isActive && property.serviceZoneID == "sz_east" && property.binCount == 1)
        let records = try await f.service.export(customerID: gail.id, tenant: f.tenant).records
        #expect(records.tables["invoices"]?.count == 1 && records.tables["payments"]?.count == 1)
    }

    @Test("an erased customer is found by neither its old e-mail, address nor name")
    func erasedIsUnfindable() async throws {
        let gail = try await gail()
        _ = try await f.service.anonymize(customerID: gail.id, tenant: f.tenant)
        #expect(try await f.service.duplicates(email: "gail@example.com", address: Place.east.address, tenant: f.tenant).isEmpty)
        var query = CustomerQuery()
        query.search = "gail"
        #expect(try await f.service.customers(tenant: f.tenant, query: query).total == 0)
    }

    @Test("a soft-deleted customer can be erased and stays deleted; an unknown one cannot")
    func erasureScope() async throws {
        let gail = try await gail()
        try await f.service.deleteCustomer(id: gail.id, tenant: f.tenant)
        #expect(try await f.service.anonymize(customerID: gail.id, tenant: f.tenant).deletedAt != nil)
        #expect(f.stored(gail.id)?.email == nil)
        let before = f.repository.tables
        #expect(await isNotFound { try await f.service.anonymize(customerID: gail.id, tenant: Catalog.otherTenant) })
        #expect(f.repository.tables == before)
    }

    @Test("the history shows recent stops and invoices, newest first, and the template stops with their zone")
    func history() async throws {
        let gail = try await gail()
        f.repository.change { tables in
            for day in 1...12 {
                tables.history.append(HistoryRow(
                    table: "stops", tenantID: Catalog.tenant, id: "stp_d\(day)", customerID: gail.id, createdAt: TestClock.start,
                    columns: ["route_date": .text(String(format: "2026-04-%02d", day)), "status": .text("scheduled")]
                ))
            }
        }
        let (summary, history) = try await f.service.history(customerID: gail.id, tenant: f.tenant)
        #expect(summary.servicePlanName == "Weekly Standard")
        #expect(history.recentStops.map(\.routeDate) == (3...12).reversed().map { String(format: "2026-04-%02d", $0) })
        #expect(history.recentInvoices.map(\.id) == ["inv_1"] && history.recentInvoices.first?.totalCents == 7500)
        #expect(history.templateStops.map(\.templateName) == ["Tuesday - East"])
        #expect(history.templateStops.first?.zoneName == "East Austin" && history.templateStops.first?.dayOfWeek == "tuesday")
        try await f.service.deleteCustomer(id: gail.id, tenant: f.tenant)
        #expect(await isNotFound { try await f.service.history(customerID: gail.id, tenant: f.tenant) })
    }
}
