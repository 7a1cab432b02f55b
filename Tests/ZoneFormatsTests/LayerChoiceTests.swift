import Foundation
import Testing
import ZoneFormats
import ZoneIndex

/// Which layers of a multi-layer source are read: the one holding polygons, the one `--layer` names, every one of
/// a KML's folders; an error naming the layers otherwise.
@Suite struct LayerChoiceTests {
    /// A GeoPackage with polygon layers `north` and `south` and a point layer `depots`.
    func twoPolygonLayers() throws -> URL {
        let directory = try SampleFiles.directory()
        let north = try SampleFiles.geoJSON([(#"{"id":"n1"}"#, (-97.75, 30.30))], in: directory, name: "north")
        let south = try SampleFiles.geoJSON([(#"{"id":"s1"}"#, (-97.75, 30.20)), (#"{"id":"s2"}"#, (-97.70, 30.20))], in: directory, name: "south")
        let depots = directory.appendingPathComponent("depots.geojson")
        try Data(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"d"},"geometry":{"type":"Point","coordinates":[-97.7,30.3]}}]}"#.utf8)
            .write(to: depots)
        let package = directory.appendingPathComponent("zones.gpkg")
        try ExternalTools.ogr2ogr(package.path, north.path, "-nln", "north")
        try ExternalTools.ogr2ogr("-update", package.path, south.path, "-nln", "south")
        try ExternalTools.ogr2ogr("-update", package.path, depots.path, "-nln", "depots")
        return package
    }

    @Test func severalPolygonLayersWithoutOneChosenIsAnErrorListingThem() throws {
        #expect(throws: ZoneSourceError.severalPolygonLayers(["north", "south"])) {
            try ZoneFileReader().read(contentsOf: try twoPolygonLayers())
        }
    }

    @Test func theChosenLayerIsRead() throws {
        let file = try ZoneFileReader(layer: "south").read(contentsOf: try twoPolygonLayers())
        #expect(file.zones.map(\.id) == ["s1", "s2"])
    }

    @Test func anUnknownLayerIsAnErrorListingTheLayers() throws {
        #expect {
            try ZoneFileReader(layer: "east").read(contentsOf: try twoPolygonLayers())
        } throws: { error in
            let text = String(describing: error)
            return text.contains("no layer east") && text.contains("north (") && text.contains("depots (Point)")
        }
    }

    @Test func theOnlyPolygonLayerIsReadBesidePointLayers() throws {
        let package = try twoPolygonLayers()
        let single = package.deletingLastPathComponent().appendingPathComponent("single.gpkg")
        try ExternalTools.ogr2ogr(single.path, package.path, "north", "depots")
        #expect(try ZoneFileReader().read(contentsOf: single).zones.map(\.id) == ["n1"])
    }

    @Test func severalLayersWithoutPolygonsAreAnErrorListingThem() throws {
        let package = try twoPolygonLayers()
        let points = package.deletingLastPathComponent().appendingPathComponent("points.gpkg")
        try ExternalTools.ogr2ogr(points.path, package.path, "depots")
        try ExternalTools.ogr2ogr("-update", points.path, package.path, "depots", "-nln", "depots_copy")
        #expect(throws: ZoneSourceError.noPolygonLayer(layers: ["depots (Point)", "depots_copy (Point)"])) {
            try ZoneFileReader().read(contentsOf: points)
        }
    }

    @Test func theOnlyLayerIsReadWhateverItHoldsAndItsFeaturesAreChecked() throws {
        let package = try twoPolygonLayers()
        let points = package.deletingLastPathComponent().appendingPathComponent("points.gpkg")
        try ExternalTools.ogr2ogr(points.path, package.path, "depots")
        let file = try ZoneFileReader().read(contentsOf: points)
        #expect(file.zones.isEmpty)
        #expect(file.problems.map(\.description) == ["feature 0 (id d): geometry is a Point; a zone needs a Polygon or MultiPolygon"])
    }

    @Test func everyFolderOfAKMLIsRead() throws {
        let url = try SampleFiles.directory().appendingPathComponent("routes.kml")
        try Data(Self.foldersKML.utf8).write(to: url)
        let file = try ZoneFileReader().read(contentsOf: url)
        #expect(file.problems.isEmpty, "\(file.problems)")
        #expect(file.zones.map(\.id).sorted() == ["mon-1", "mon-2", "tue-1"])
        #expect(file.zones.first { $0.id == "tue-1" }?.name == "Tuesday East")
        #expect(file.zones.first { $0.id == "mon-2" }?.zipCodes == ["78702", "78703"])
        #expect(file.zones.allSatisfy { $0.boundary.polygons.count == 1 && $0.boundary.polygons[0].exterior.count == 5 })
    }

    static func placemark(_ id: String, _ name: String, zips: String, x: Double) -> String {
        let ring = [(x, 30.2), (x + 0.01, 30.2), (x + 0.01, 30.21), (x, 30.21), (x, 30.2)].map { "\($0.0),\($0.1),0" }.joined(separator: " ")
        return """
            <Placemark><name>\(name)</name>
            <ExtendedData><Data name="id"><value>\(id)</value></Data><Data name="zip"><value>\(zips)</value></Data></ExtendedData>
            <Polygon><outerBoundaryIs><LinearRing><coordinates>\(ring)</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
            """
    }

    static let foldersKML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Routes</name>
        <Folder><name>Monday</name>
        \(placemark("mon-1", "Monday West", zips: "78701", x: -97.8))
        \(placemark("mon-2", "Monday Centre", zips: "78702 78703", x: -97.7))
        </Folder>
        <Folder><name>Tuesday</name>
        \(placemark("tue-1", "Tuesday East", zips: "78704", x: -97.6))
        </Folder>
        </Document></kml>
        """
}
