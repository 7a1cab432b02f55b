import Foundation
import Testing
@testable import ZoneIndex

@Suite struct ZoneFileTests {
    @Test func readsPropertiesInTheirCommonSpellings() throws {
        let data = Fixtures.collection(
            #"{"type":"Feature","id":7,"properties":{"name":"Seven","zip_codes":"78701, 78702-1234","priority":"3","is_active":0},"geometry":\#(Fixtures.unitSquare)}"#,
            Fixtures.feature(id: "b", geometry: Fixtures.unitSquare, extra: #","zip_codes":[78703],"is_active":true"#)
        )
        let file = try ZoneFile(data: data, options: .init(tenantID: "t1"))
        #expect(file.problems.isEmpty)
        let seven = try #require(file.zones.first)
        #expect(seven.id == "7")
        #expect(seven.name == "Seven")
        #expect(seven.zipCodes == ["78701", "78702"])
        #expect(seven.priority == 3)
        #expect(!seven.isActive)
        #expect(seven.tenantID == "t1")
        #expect(file.zones[1].zipCodes == ["78703"])
        #expect(file.zones[1].name == "Zone b")
        #expect(file.zones[1].priority == 0 && file.zones[1].isActive)
    }

    @Test func everyProblemIsReportedWithItsFeature() throws {
        let data = Fixtures.collection(
            Fixtures.feature(id: "ok", geometry: Fixtures.unitSquare),
            Fixtures.feature(id: "bowtie", geometry: Fixtures.bowtie),
            Fixtures.feature(id: "open", geometry: #"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#),
            Fixtures.feature(id: "short", geometry: #"{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}"#),
            Fixtures.feature(id: "nan", geometry: #"{"type":"Polygon","coordinates":[[[0,0],[1,0],["NaN",1],[0,0]]]}"#),
            Fixtures.feature(id: "line", geometry: #"{"type":"LineString","coordinates":[[0,0],[1,1]]}"#),
            Fixtures.feature(id: "far", geometry: #"{"type":"Polygon","coordinates":[[[988000,211000],[989000,211000],[989000,212000],[988000,211000]]]}"#),
            Fixtures.feature(id: "badzip", geometry: Fixtures.unitSquare, extra: #","zip_codes":["7870X"]"#),
            Fixtures.feature(id: "ok", geometry: Fixtures.unitSquare),
            #"{"type":"Feature","properties":{"name":"no id"},"geometry":\#(Fixtures.unitSquare)}"#,
            #"{"type":"Feature","properties":{"id":"nogeom"},"geometry":null}"#,
            #"{"type":"Feature","properties":{"id":"typed","priority":[1]},"geometry":\#(Fixtures.unitSquare)}"#,
            #"{"type":"Feature","properties":{"id":"broken"},"geometry":{"type":"Polygon","coordinates":[[[0],[1,0],[1,1],[0,0]]]}}"#
        )
        let file = try ZoneFile(data: data)
        #expect(file.zones.map(\.id) == ["ok"])
        func problem(_ id: String?) -> String {
            file.problems.filter { $0.featureID == id }.map(\.message).joined(separator: " | ")
        }
        #expect(problem("bowtie").contains("Self-intersection"))
        #expect(problem("bowtie").contains("(0.5, 0.5)"))
        #expect(problem("open").contains("not closed"))
        #expect(problem("short").contains("3 positions"))
        #expect(problem("nan").contains("not a finite number"))
        #expect(problem("line").contains("LineString"))
        #expect(problem("far").contains("outside WGS84"))
        #expect(problem("badzip").contains("7870X"))
        #expect(problem("ok").contains("already used by feature 0"))
        #expect(problem(nil).contains("no id"))
        #expect(problem("nogeom").contains("no geometry"))
        #expect(problem("typed").contains("priority"))
        #expect(problem("broken").contains("two numbers"))
        #expect(file.problems.first { $0.featureID == "bowtie" }?.featureIndex == 1)
        #expect(file.problems.first { $0.featureID == "bowtie" }?.description.hasPrefix("feature 1 (id bowtie):") == true)
    }

    @Test func bareNaNLiteralsAreReadAndReported() throws {
        let data = Fixtures.collection(Fixtures.feature(id: "n", geometry: #"{"type":"Polygon","coordinates":[[[0,0],[1,0],[NaN,1],[0,0]]]}"#))
        let file = try ZoneFile(data: data)
        #expect(file.zones.isEmpty)
        #expect(file.problems.first?.message.contains("not a finite number") == true)
    }

    @Test func repairFixesWhatItCanAndSaysSo() throws {
        let data = Fixtures.collection(
            Fixtures.feature(id: "bowtie", geometry: Fixtures.bowtie),
            Fixtures.feature(id: "open", geometry: #"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#),
            Fixtures.feature(id: "badhole", geometry: #"{"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[2,1],[1,1]]]}"#),
            Fixtures.feature(id: "nan", geometry: #"{"type":"Polygon","coordinates":[[[0,0],[1,0],["NaN",1],[0,0]]]}"#)
        )
        let file = try ZoneFile(data: data, options: .init(repair: true))
        #expect(file.zones.map(\.id) == ["bowtie", "open", "badhole"])
        #expect(file.problems.map(\.featureID) == ["nan"])
        let repairs = Dictionary(grouping: file.repairs, by: { $0.featureID ?? "" })
        #expect(repairs["bowtie"]?.first?.message.contains("MakeValid") == true)
        #expect(repairs["open"]?.first?.message.contains("closed") == true)
        #expect(repairs["badhole"]?.first?.message.contains("dropped hole 1") == true)
        #expect(file.zones[0].boundary.polygons.count == 2)
        let index = try ZoneIndex(zones: file.zones)
        #expect(try index.match(lat: 0.5, lng: 0.25).zone?.id == "bowtie")
    }

    @Test func unreadableFilesAreErrors() {
        #expect(throws: ZoneFileError.self) { try ZoneFile(data: Data("not json".utf8)) }
        #expect(throws: ZoneFileError.notFeatureCollection(type: "Feature")) {
            try ZoneFile(data: Data(#"{"type":"Feature","properties":{},"geometry":null}"#.utf8))
        }
        #expect(throws: ZoneFileError.self) {
            try ZoneFile(contentsOf: URL(fileURLWithPath: "/nonexistent/zones.geojson"))
        }
        #expect(throws: ZoneFileError.self) {
            try ZoneFile(data: Fixtures.collection(crs: "EPSG:999999"), options: .init())
        }
    }

    @Test func writtenFilesReadBackToTheSameZones() throws {
        let zones = [
            Fixtures.zone("a", Fixtures.square(-97.75, 30.25, -97.7, 30.3), holes: [Fixtures.square(-97.74, 30.26, -97.73, 30.27).reversed()],
                          priority: 2, active: false, zips: ["78701"]),
            Zone(id: "b, \"quoted\"", name: "Ünïcode name", boundary: .multiPolygon([
                Polygon(exterior: Fixtures.square(0.1, 0.2, 0.30000000000000004, 0.4)), Polygon(exterior: Fixtures.square(1, 1, 2, 2)),
            ])),
        ]
        let file = try ZoneFile(data: try ZoneFile.geoJSON(zones))
        #expect(file.problems.isEmpty)
        #expect(file.zones == zones)
    }
}
