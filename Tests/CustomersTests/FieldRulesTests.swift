@testable import Customers
import Foundation
import Testing

@Suite("Customer field rules")
struct FieldRulesTests {
    @Test func namesAreComposedAndSplit() {
        #expect(FieldRules.composedName(name: nil, firstName: " Jane ", lastName: "Smith") == "Jane Smith")
        #expect(FieldRules.composedName(name: "Acme LLC", firstName: "Jane", lastName: "Smith") == "Acme LLC")
        #expect(FieldRules.composedName(name: "  ", firstName: nil, lastName: nil) == nil)
        #expect(FieldRules.split("Mary Ann Smith") == ("Mary Ann", "Smith"))
        #expect(FieldRules.split("Cher") == ("Cher", nil))
    }

    @Test("e-mail addresses are checked", arguments: [
        ("jane@example.com", true), ("JANE@Example.COM", true), ("jane@", false), ("@example.com", false), ("jane example.com", false),
        ("jane@example", false), ("jane@@example.com", false), ("ja ne@example.com", false),
    ])
    func email(text: String, valid: Bool) {
        #expect(((try? FieldRules.email(text)) != nil) == valid)
    }

    @Test func billingStatusesAndTrashDays() throws {
        #expect(try FieldRules.billingStatus("Active") == .active)
        #expect(throws: CustomerError.self) { try FieldRules.billingStatus("late") }
        #expect(try FieldRules.trashDay("tuesday") == "Tuesday")
        #expect(try FieldRules.trashDay("TUE") == "Tuesday")
        #expect(throws: CustomerError.self) { try FieldRules.trashDay("someday") }
        #expect(try FieldRules.binCount(nil) == 1)
        #expect(throws: CustomerError.self) { try FieldRules.binCount(-1) }
    }

    @Test func catalogRules() throws {
        #expect(try CatalogRules.plan(name: "Weekly", frequency: "Weekly", priceCents: 100).frequency == "weekly")
        #expect(throws: CustomerError.self) { try CatalogRules.plan(name: "x", frequency: "daily", priceCents: 1) }
        #expect(throws: CustomerError.self) { try CatalogRules.template(name: "x", dayOfWeek: "funday") }
        #expect(throws: CustomerError.invalid(field: "default_trash_day", reason: "is required in uniform mode")) {
            try CatalogRules.settings(mode: "uniform", defaultTrashDay: nil, current: TenantSettings())
        }
        #expect(try CatalogRules.settings(mode: "uniform", defaultTrashDay: "wed", current: TenantSettings()) == TenantSettings(trashDayMode: .uniform, defaultTrashDay: "Wednesday"))
    }

    @Test func partialUpdatesTellAbsentFromNull() throws {
        let changes = try JSONDecoder().decode(CustomerChanges.self, from: Data(#"{"phone":"555","email":null}"#.utf8))
        #expect(changes.phone == .set("555"))
        #expect(changes.email == .cleared)
        #expect(changes.name == .unchanged)
        #expect(FieldUpdate<String>.cleared.applied(to: "old") == nil)
        #expect(FieldUpdate<String>.unchanged.applied(to: "old") == "old")
        let property = try JSONDecoder().decode(PropertyChanges.self, from: Data(#"{"is_active":0}"#.utf8))
        #expect(property.isActive == .set(false))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(PropertyChanges.self, from: Data(#"{"is_active":2}"#.utf8)) }
    }
}
