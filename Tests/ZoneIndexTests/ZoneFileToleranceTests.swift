import Foundation
import Testing
@testable import ZoneIndex

/// Reading files as every GIS tool does: noise at the edge of the globe, polygons across the antimeridian, and
/// messages that suggest only remedies that work.
@Suite struct ZoneFileToleranceTests {
    private func polygon(_ ring: [(Double, Double)]) -> String {
        #"{"type":"Polygon","coordinates":[[\#(ring.map { "[\($0.0),\($0.1)]" }.joined(separator: ","))]]}"#
    }

    @Test func positionsWithinANanodegreeBeyondTheEdgeAreMovedOntoItWithANote() throws {
        // Natural Earth's countries: one position of a part touching the antimeridian is 180.00000000000006.
        let touching = polygon([(170, -10), (180.00000000000006, -10), (180, 10), (170, 10), (170, -10)])
        let polar = polygon([(0, 80), (10, 80), (10, 90.0000000005), (0, 90), (0, 80)])
        let file = try ZoneFile(data: Fixtures.collection(
            Fixtures.feature(id: "east", geometry: touching), Fixtures.feature(id: "north", geometry: polar)
        ))
        #expect(file.problems.isEmpty, "\(file.problems)")
        #expect(file.zones.map(\.id) == ["east", "north"])
        #expect(file.notes.map(\.featureID) == ["east", "north"])
        #expect(file.notes.first?.message.contains("moved 1 position") == true)
        let xs = file.zones[0].boundary.polygons[0].exterior.map(\.x)
        #expect(xs.max() == 180)
        #expect(file.zones[1].boundary.polygons[0].exterior.map(\.y).max() == 90)
        let index = try ZoneIndex(zones: file.zones)
        #expect(try index.match(lat: 0, lng: 179.999).zone?.id == "east")
        #expect(try index.match(lat: 0, lng: -179.999).zone == nil)
    }

    @Test func positionsFurtherBeyondTheEdgeAreStillProblems() throws {
        let file = try ZoneFile(data: Fixtures.collection(
            Fixtures.feature(id: "beyond", geometry: polygon([(181, 0), (182, 0), (182, 1), (181, 1), (181, 0)])),
            Fixtures.feature(id: "tall", geometry: polygon([(0, 89), (1, 89), (1, 90.001), (0, 89)]))
        ))
        #expect(file.zones.isEmpty)
        #expect(file.problems.count == 2)
        #expect(file.notes.isEmpty)
    }

    /// Written with longitudes past 180 or with a jump from +179 to -179, a zone across the antimeridian becomes
    /// two parts that match points on both sides, as GEOS says of the zone cut by hand.
    @Test(arguments: [
        [[170.0, -10.0], [190, -10], [190, 10], [170, 10], [170, -10]],
        [[170.0, -10.0], [-170, -10], [-170, 10], [170, 10], [170, -10]],
        [[-170.0, -10.0], [-170, 10], [170, 10], [170, -10], [-170, -10]],
        [[-190.0, -10.0], [-170, -10], [-170, 10], [-190, 10], [-190, -10]],
    ])
    func aZoneAcrossTheAntimeridianIsCutThereAndMatchesOnBothSides(_ positions: [[Double]]) throws {
        let ring = positions.map { ($0[0], $0[1]) }
        let file = try ZoneFile(data: Fixtures.collection(Fixtures.feature(id: "fiji", geometry: polygon(ring))))
        #expect(file.problems.isEmpty, "\(file.problems)")
        let zone = try #require(file.zones.first)
        #expect(zone.boundary.polygons.count == 2)
        #expect(file.notes.first?.message.contains("antimeridian") == true)
        for part in zone.boundary.polygons {
            #expect(part.exterior.allSatisfy { abs($0.x) <= 180 })
        }
        let index = try ZoneIndex(zones: file.zones)
        let context = GEOSContext()
        let east = try GEOSGeometry.rectangle(BoundingBox(minX: 170, minY: -10, maxX: 180, maxY: 10), context: context)
        let west = try GEOSGeometry.rectangle(BoundingBox(minX: -180, minY: -10, maxX: -170, maxY: 10), context: context)
        for (lng, lat) in [(175.0, 0.0), (-175, 0), (179.999, 9.9), (-179.999, -9.9), (180, 0), (-180, 0), (0, 0), (165, 0), (-165, 0), (175, 11)] {
            let point = try GEOSGeometry.point(x: lng, y: lat, context: context)
            let expected = try east.covers(point) || west.covers(point)
            #expect(try (index.match(lat: lat, lng: lng).zone?.id == "fiji") == expected, "(\(lng), \(lat))")
        }
    }

    @Test func aHoleAcrossTheAntimeridianStaysAHole() throws {
        let geometry = #"{"type":"Polygon","coordinates":[[[170,-10],[190,-10],[190,10],[170,10],[170,-10]],[[178,-2],[-178,-2],[-178,2],[178,2],[178,-2]]]}"#
        let file = try ZoneFile(data: Fixtures.collection(Fixtures.feature(id: "ring", geometry: geometry)))
        #expect(file.problems.isEmpty, "\(file.problems)")
        let index = try ZoneIndex(zones: file.zones)
        #expect(try index.match(lat: 0, lng: 179).zone == nil)
        #expect(try index.match(lat: 0, lng: -179).zone == nil)
        #expect(try index.match(lat: 5, lng: 179).zone?.id == "ring")
        #expect(try index.match(lat: 5, lng: -179).zone?.id == "ring")
    }

    /// Antarctica as Natural Earth draws it: an edge along the pole from +180 to -180 is not a crossing.
    @Test func anEdgeAlongThePoleIsNotACrossing() throws {
        let geometry = polygon([(-180, -90), (-180, -70), (0, -60), (180, -70), (180, -90), (-180, -90)])
        let file = try ZoneFile(data: Fixtures.collection(Fixtures.feature(id: "aq", geometry: geometry)))
        #expect(file.problems.isEmpty, "\(file.problems)")
        #expect(file.notes.isEmpty)
        #expect(file.zones.first?.boundary.polygons.count == 1)
        let index = try ZoneIndex(zones: file.zones)
        #expect(try index.match(lat: -80, lng: 179.5).zone?.id == "aq")
        #expect(try index.match(lat: -80, lng: -179.5).zone?.id == "aq")
        #expect(try index.match(lat: -50, lng: 0).zone == nil)
    }

    @Test func messagesSuggestOnlyRemediesThatWork() throws {
        let file = try ZoneFile(data: Fixtures.collection(
            Fixtures.feature(id: "projected", geometry: polygon([(988000, 211000), (989000, 211000), (989000, 212000), (988000, 211000)])),
            Fixtures.feature(id: "swapped", geometry: polygon([(30.2, -97.7), (30.3, -97.7), (30.3, -97.6), (30.2, -97.7)])),
            Fixtures.feature(id: "open", geometry: #"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#),
            Fixtures.feature(id: "bowtie", geometry: Fixtures.bowtie),
            Fixtures.feature(id: "short", geometry: polygon([(0, 0), (1, 0), (0, 0)]))
        ))
        func problem(_ id: String) -> ZoneFileIssue? { file.problems.first { $0.featureID == id } }
        #expect(problem("projected")?.message.contains("CRS") == true)
        #expect(problem("projected")?.message.contains("repair") == false)
        #expect(problem("projected")?.repairable == false)
        #expect(problem("swapped")?.message.contains("swap") == true)
        #expect(problem("swapped")?.message.contains("CRS") == false)
        #expect(problem("open")?.message.contains("repairing closes it") == true)
        #expect(problem("open")?.repairable == true)
        #expect(problem("bowtie")?.message.contains("repairing applies GEOS MakeValid") == true)
        #expect(problem("bowtie")?.repairable == true)
        // A three-position exterior ring is beyond repair, and says nothing of it.
        #expect(problem("short")?.repairable == false)
        #expect(problem("short")?.message.contains("repair") == false)
        // What repair claims to fix, it fixes: read again with repair, only the unrepairable remain.
        let repaired = try ZoneFile(data: Fixtures.collection(
            Fixtures.feature(id: "open", geometry: #"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#),
            Fixtures.feature(id: "bowtie", geometry: Fixtures.bowtie)
        ), options: .init(repair: true))
        #expect(repaired.problems.isEmpty)
        for zone in repaired.zones {
            #expect(throws: Never.self) { try zone.boundary.validated() }
        }
    }

    /// Two squares sharing an edge are invalid as one MultiPolygon; repair merges them into one valid polygon.
    @Test func repairMergesPartsThatShareAnEdge() throws {
        let geometry = #"{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]],[[[1,0],[2,0],[2,1],[1,1],[1,0]]]]}"#
        let plain = try ZoneFile(data: Fixtures.collection(Fixtures.feature(id: "pair", geometry: geometry)))
        #expect(plain.problems.first?.repairable == true)
        let repaired = try ZoneFile(data: Fixtures.collection(Fixtures.feature(id: "pair", geometry: geometry)), options: .init(repair: true))
        #expect(repaired.problems.isEmpty, "\(repaired.problems)")
        let zone = try #require(repaired.zones.first)
        #expect(throws: Never.self) { try zone.boundary.validated() }
        let index = try ZoneIndex(zones: repaired.zones)
        #expect(try index.match(lat: 0.5, lng: 1.5).zone?.id == "pair")
        #expect(try index.match(lat: 0.5, lng: 0.5).zone?.id == "pair")
    }
}
