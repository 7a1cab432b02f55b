import Foundation
import Testing
@testable import ZoneFormats
import ZoneIndex

/// Fields named their own way are mapped to zone attributes, by option or by their usual names in any case.
@Suite struct FieldMappingTests {
    /// A shapefile as a city might publish it: numeric route ids, ZIPs in one text field, Y/N flags.
    func routesShapefile() throws -> URL {
        let directory = try SampleFiles.directory()
        let source = try SampleFiles.geoJSON([
            (#"{"ROUTE_ID":101,"Name":"Monday North","ZIP5":"78701;78702","PRIO":2,"SERVICE":"Y","DAY":"MON"}"#, (-97.75, 30.26)),
            (#"{"ROUTE_ID":102,"Name":"Tuesday South","ZIP5":"78704 78745","PRIO":0,"SERVICE":"N","DAY":"TUE"}"#, (-97.77, 30.24)),
            (#"{"ROUTE_ID":103,"Name":"Wednesday","ZIP5":"787030000","PRIO":1,"SERVICE":"y","DAY":"WED"}"#, (-97.73, 30.28)),
        ], in: directory)
        return try SampleFiles.converted(source, to: "routes.shp")
    }

    @Test func oddFieldNamesAreMappedByOption() throws {
        let mapping = ZoneFieldMapping(id: "ROUTE_ID", zip: "ZIP5", priority: "PRIO", active: "SERVICE")
        let file = try ZoneFileReader(fields: mapping).read(contentsOf: try routesShapefile())
        #expect(file.problems.isEmpty, "\(file.problems)")
        #expect(file.zones.map(\.id) == ["101", "102", "103"])
        #expect(file.zones.map(\.name) == ["Monday North", "Tuesday South", "Wednesday"])
        #expect(file.zones.map(\.zipCodes) == [["78701", "78702"], ["78704", "78745"], ["78703"]])
        #expect(file.zones.map(\.priority) == [2, 0, 1])
        #expect(file.zones.map(\.isActive) == [true, false, true])
    }

    @Test func usualNamesAreFoundInAnyCase() throws {
        let directory = try SampleFiles.directory()
        let source = try SampleFiles.geoJSON([
            (#"{"ID":"a","NAME":"Zone A","ZIPCODE":"78701, 78702","PRIORITY":"3","ACTIVE":"no"}"#, (-97.75, 30.26)),
            (#"{"ID":"b","NAME":"Zone B","ZIPCODE":"78703","PRIORITY":"0","ACTIVE":"yes"}"#, (-97.70, 30.26)),
        ], in: directory)
        let file = try ZoneFileReader().read(contentsOf: try SampleFiles.converted(source, to: "zones.gpkg"))
        #expect(file.problems.isEmpty, "\(file.problems)")
        #expect(file.zones.map(\.id) == ["a", "b"])
        #expect(file.zones.map(\.name) == ["Zone A", "Zone B"])
        #expect(file.zones.map(\.zipCodes) == [["78701", "78702"], ["78703"]])
        #expect(file.zones.map(\.priority) == [3, 0])
        #expect(file.zones.map(\.isActive) == [false, true])
    }

    @Test func aLayerWithoutAnIDFieldIsAnErrorNamingItsFields() throws {
        #expect {
            try ZoneFileReader().read(contentsOf: try routesShapefile())
        } throws: { error in
            guard case .missingField(.id, nil, "routes", let fields) = error as? ZoneSourceError else { return false }
            let text = String(describing: error)
            return fields == ["ROUTE_ID", "Name", "ZIP5", "PRIO", "SERVICE", "DAY"] && text.contains("ROUTE_ID, Name, ZIP5")
                && text.contains("--id-field")
        }
    }

    @Test func theFeatureIDColumnServesAsIDWhenNamed() throws {
        let geodatabase = try ZoneFileReader(fields: ZoneFieldMapping(id: "OBJECTID")).read(contentsOf: try AustinFormats.file("File Geodatabase"))
        #expect(geodatabase.zones.map(\.id) == (1...14).map(String.init))
        let shapefile = try ZoneFileReader(fields: ZoneFieldMapping(id: "fid")).read(contentsOf: try AustinFormats.file("Shapefile"))
        #expect(shapefile.zones.map(\.id) == (0..<14).map(String.init))
        #expect(shapefile.zones.first?.name == "Downtown Core")
    }

    @Test func aNamedFieldTheLayerLacksIsAnError() throws {
        let reader = ZoneFileReader(fields: ZoneFieldMapping(id: "ROUTE_ID", zip: "ZIPS"))
        #expect(throws: ZoneSourceError.missingField(.zip, name: "ZIPS", layer: "routes", fields: ["ROUTE_ID", "Name", "ZIP5", "PRIO", "SERVICE", "DAY"])) {
            try reader.read(contentsOf: try routesShapefile())
        }
    }

    @Test func valuesThatAreNotFlagsOrIntegersAreFeatureProblems() throws {
        let directory = try SampleFiles.directory()
        let source = try SampleFiles.geoJSON([
            (#"{"id":"a","priority":"high","active":"maybe","zip":"7870"}"#, (-97.75, 30.26)),
            (#"{"id":"b","priority":"1","active":"N","zip":"78701-1234"}"#, (-97.70, 30.26)),
        ], in: directory)
        let file = try ZoneFileReader().read(contentsOf: try SampleFiles.converted(source, to: "zones.csv", "-lco", "GEOMETRY=AS_WKT"))
        #expect(file.zones.map(\.id) == ["b"])
        #expect(file.zones.first?.isActive == false)
        #expect(file.zones.first?.zipCodes == ["78701"])
        let messages = file.problems.map(\.description)
        #expect(messages.contains("feature 0 (id a): priority 'high' is not an integer"))
        #expect(messages.contains("feature 0 (id a): active 'maybe' is not true or false (yes/no, 1/0, Y/N)"))
        #expect(file.problems.count == 2)
    }

    @Test(arguments: [
        (OGRFieldValue.text("(2:78701,78702)"), ["78701", "78702"]),
        (.text(#"[ "78701", "78702" ]"#), ["78701", "78702"]),
        (.text("78701; 78702 78703,78704"), ["78701", "78702", "78703", "78704"]),
        (.list(["78701", "78702"]), ["78701", "78702"]),
        (.integer(501), ["501"]),
        (.text(""), []),
    ])
    func zipFieldsHoldOneOrSeveralCodes(value: OGRFieldValue, codes: [String]) {
        #expect(value.zipCodes == codes)
    }

    @Test(arguments: [
        (OGRFieldValue.boolean(false), false), (.integer(1), true), (.integer(0), false), (.text("Yes"), true),
        (.text("no"), false), (.text("TRUE"), true), (.text("false"), false), (.text("Y"), true), (.text("n"), false),
    ])
    func activeFieldsTakeTheUsualSpellings(value: OGRFieldValue, flag: Bool) {
        #expect(value.flag == flag)
    }

    @Test func anActiveFieldOfOtherIntegersIsNoFlag() {
        #expect(OGRFieldValue.integer(2).flag == nil)
        #expect(OGRFieldValue.text("maybe").flag == nil)
    }
}
