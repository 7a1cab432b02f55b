import CGEOS
import Testing
@testable import ZoneIndex

@Suite struct GEOSWrapperTests {
    let context = GEOSContext()

    @Test func boundaryRoundTripsThroughGEOS() throws {
        let polygon = Polygon(exterior: Fixtures.square(0, 0, 10, 10), holes: [Fixtures.square(2, 2, 4, 4).reversed()])
        let boundaries: [ZoneBoundary] = [
            .polygon(polygon),
            .multiPolygon([polygon, Polygon(exterior: Fixtures.square(20, 20, 21, 21))]),
        ]
        for boundary in boundaries {
            let geometry = try GEOSGeometry(boundary, context: context)
            #expect(try geometry.polygonalBoundary() == boundary)
        }
    }

    @Test func invalidRingSurfacesGEOSMessage() {
        let open: [Coordinate] = [.init(x: 0, y: 0), .init(x: 1, y: 0), .init(x: 1, y: 1), .init(x: 0, y: 1)]
        #expect {
            _ = try GEOSGeometry(.polygon(Polygon(exterior: open)), context: context)
        } throws: { error in
            guard let error = error as? GEOSError else { return false }
            return error.operation == "GEOSGeom_createLinearRing" && error.message.contains("closed")
        }
    }

    @Test func validityNamesTheReasonAndPlace() throws {
        let ring: [Coordinate] = [.init(x: 0, y: 0), .init(x: 1, y: 1), .init(x: 1, y: 0), .init(x: 0, y: 1), .init(x: 0, y: 0)]
        let bowtie = try GEOSGeometry(.polygon(Polygon(exterior: ring)), context: context)
        guard case .invalid(let reason, let location) = try bowtie.validity() else {
            Issue.record("a bow-tie is invalid")
            return
        }
        #expect(reason.contains("Self-intersection"))
        #expect(location == Coordinate(x: 0.5, y: 0.5))
        let repaired = try #require(try bowtie.madeValid().polygonalBoundary())
        #expect(repaired.polygons.count == 2)
        #expect(try GEOSGeometry(repaired, context: context).validity() == .valid)
    }

    @Test func preparedCoversIncludesTheBoundary() throws {
        let square = try GEOSPreparedGeometry(GEOSGeometry(.polygon(Polygon(exterior: Fixtures.square(0, 0, 1, 1))), context: context))
        for (x, y, expected) in [(0.5, 0.5, true), (0.0, 0.5, true), (1.0, 1.0, true), (1.0000001, 0.5, false)] {
            #expect(try square.covers(.point(x: x, y: y, context: context)) == expected, "(\(x), \(y))")
        }
    }

    @Test func strTreeReturnsItemsWhoseBoxesTouchThePoint() throws {
        let tree = try GEOSSTRtree(context: context)
        try tree.insert(0, box: BoundingBox(minX: 0, minY: 0, maxX: 1, maxY: 1))
        try tree.insert(1, box: BoundingBox(minX: 1, minY: 0, maxX: 2, maxY: 1))
        try tree.insert(2, box: BoundingBox(minX: 5, minY: 5, maxX: 6, maxY: 6))
        var found: [Int] = []
        tree.query(try .point(x: 1, y: 0.5, context: context)) { found.append($0) }
        #expect(found.sorted() == [0, 1])
        found = []
        tree.query(try .point(x: 3, y: 3, context: context)) { found.append($0) }
        #expect(found.isEmpty)
    }

    @Test func contextsAreIndependentAcrossThreads() async throws {
        // Each task makes and uses its own context: no shared GEOS state.
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for i in 0..<8 {
                group.addTask {
                    let context = GEOSContext()
                    let square = try GEOSGeometry(.polygon(Polygon(exterior: Fixtures.square(0, 0, Double(i + 1), 1))), context: context)
                    return try square.covers(.point(x: Double(i) + 0.5, y: 0.5, context: context))
                }
            }
            for try await covered in group { #expect(covered) }
        }
    }
}
