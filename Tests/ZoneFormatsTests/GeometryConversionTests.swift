import Foundation
import Testing
import ZoneFormats
import ZoneIndex

/// OGR geometries become zone boundaries: Z and M dropped, curves approximated, collections of polygons merged;
/// anything else is a problem naming its type.
@Suite struct GeometryConversionTests {
    /// The zones and problems of a CSV holding one feature per WKT.
    func read(_ rows: [(id: String, wkt: String)]) throws -> ZoneFile {
        let csv = "WKT,id\n" + rows.map { "\"\($0.wkt)\",\($0.id)\n" }.joined()
        return try ZoneFileReader().read(Data(csv.utf8), hint: "text/csv")
    }

    @Test func zAndMAreDropped() throws {
        let file = try read([
            ("z", "POLYGON Z ((0 0 5,1 0 5,1 1 5,0 1 5,0 0 5))"),
            ("zm", "MULTIPOLYGON ZM (((0 0 5 1,1 0 5 1,1 1 5 1,0 1 5 1,0 0 5 1)))"),
        ])
        #expect(file.problems.isEmpty, "\(file.problems)")
        let square = [Coordinate(x: 0, y: 0), .init(x: 1, y: 0), .init(x: 1, y: 1), .init(x: 0, y: 1), .init(x: 0, y: 0)]
        #expect(file.zones.map(\.boundary) == [.polygon(Polygon(exterior: square)), .multiPolygon([Polygon(exterior: square)])])
    }

    @Test func curvesAreApproximatedByLines() throws {
        let file = try read([
            ("disc", "CURVEPOLYGON (CIRCULARSTRING (-1 0,0 1,1 0,0 -1,-1 0))"),
            ("surface", "MULTISURFACE (CURVEPOLYGON (CIRCULARSTRING (10 0,11 1,12 0,11 -1,10 0)))"),
        ])
        #expect(file.problems.isEmpty, "\(file.problems)")
        let disc = try #require(file.zones.first?.boundary.polygons.first?.exterior)
        #expect(disc.count > 16)
        #expect(disc.allSatisfy { abs(($0.x * $0.x + $0.y * $0.y).squareRoot() - 1) < 1e-9 })
        #expect(file.zones.last?.boundary.polygons.count == 1)
    }

    @Test func aCollectionOfPolygonsIsAMultiPolygon() throws {
        let file = try read([("gc", "GEOMETRYCOLLECTION (POLYGON ((0 0,1 0,1 1,0 0)),MULTIPOLYGON (((5 5,6 5,6 6,5 5))))")])
        #expect(file.problems.isEmpty, "\(file.problems)")
        #expect(file.zones.first?.boundary.polygons.count == 2)
        if case .multiPolygon = file.zones.first?.boundary {} else { Issue.record("not a MultiPolygon") }
    }

    @Test func otherGeometriesAreProblemsNamingTheirType() throws {
        let file = try read([
            ("line", "LINESTRING (0 0,1 1)"),
            ("mixed", "GEOMETRYCOLLECTION (POLYGON ((0 0,1 0,1 1,0 0)),POINT (3 3))"),
            ("none", ""),
        ])
        #expect(file.zones.isEmpty)
        #expect(file.problems.map(\.description) == [
            "feature 0 (id line): geometry is a LineString; a zone needs a Polygon or MultiPolygon",
            "feature 1 (id mixed): geometry is a GeometryCollection holding a Point; a zone needs a Polygon or MultiPolygon",
            "feature 2 (id none): has no geometry; a zone needs a Polygon or MultiPolygon",
        ])
    }
}
