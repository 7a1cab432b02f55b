import Customers

/// The plans, zones and route templates the rule tests refer to, and the places the scripted geocoder knows.
enum Catalog {
    static let tenant = "acme"
    static let otherTenant = "other"

    /// `acme` has two plans, three zones and two templates with the weekly plan (East on Tuesday, South on
    /// Wednesday); `other` has a plan and a zone of its own.
    static var tables: CustomerTables {
        var tables = CustomerTables()
        tables.plans = [
            PlanRow(tenantID: tenant, id: "sp_weekly", name: "Weekly Standard"),
            PlanRow(tenantID: tenant, id: "sp_biweekly", name: "Biweekly Recycling"),
            PlanRow(tenantID: otherTenant, id: "sp_gold", name: "Gold"),
        ]
        tables.zones = [
            ZoneRow(tenantID: tenant, id: "sz_east", name: "East Austin", position: 0),
            ZoneRow(tenantID: tenant, id: "sz_south", name: "South Congress", position: 1),
            ZoneRow(tenantID: tenant, id: "sz_valle", name: "Del Valle", position: 2),
            ZoneRow(tenantID: otherTenant, id: "sz_other", name: "Elsewhere", position: 0),
        ]
        tables.templates = [
            TemplateRow(tenantID: tenant, id: "rt_tue", name: "Tuesday - East", dayOfWeek: "tuesday", zoneID: "sz_east", planID: "sp_weekly"),
            TemplateRow(tenantID: tenant, id: "rt_wed", name: "Wednesday - South", dayOfWeek: "wednesday", zoneID: "sz_south", planID: "sp_weekly"),
        ]
        return tables
    }

    /// Points inside the East and South polygons, and ZIPs listed by East (78702) and Del Valle (78719).
    static var zones: ZoneTable {
        ZoneTable(
            points: [tenant: [Place.east.point: "sz_east", Place.south.point: "sz_south"]],
            zips: [tenant: ["78702": "sz_east", "78719": "sz_valle"]]
        )
    }
}

/// An address the scripted geocoder locates, and where.
struct Place: Sendable {
    var address: String
    var lat: Double
    var lng: Double
    var zip: String?

    var point: ZoneTable.Point { ZoneTable.Point(lat: lat, lng: lng) }
    var location: AddressLocation { .located(lat: lat, lng: lng, zip: zip) }

    /// Inside East Austin.
    static let east = Place(address: "1100 E 6th St, Austin, TX 78702", lat: 30.2672, lng: -97.7331, zip: "78702")
    /// Inside South Congress.
    static let south = Place(address: "1500 S Congress Ave, Austin, TX 78704", lat: 30.2489, lng: -97.7501, zip: "78704")
    /// In no zone's polygon (the airport hole); Del Valle lists its ZIP.
    static let valle = Place(address: "Austin, TX 78719", lat: 30.1945, lng: -97.6699, zip: "78719")
    /// In no zone at all.
    static let marfa = Place(address: "9 Far Rd, Marfa, TX 79843", lat: 30.3095, lng: -104.0206, zip: "79843")

    static let all = [east, south, valle, marfa]
}
