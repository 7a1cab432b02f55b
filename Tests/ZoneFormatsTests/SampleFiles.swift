import Foundation

/// Small zone sources written for one test: GeoJSON text turned by `ogr2ogr` into the format under test.
enum SampleFiles {
    /// A fresh temporary directory.
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A GeoJSON FeatureCollection of `features` (each a properties object's JSON and a ring's corner) as a file.
    static func geoJSON(_ features: [(properties: String, square: (x: Double, y: Double))], in directory: URL, name: String = "zones") throws -> URL {
        let texts = features.map { properties, corner in
            let (x, y) = (corner.x, corner.y)
            let ring = "[[\(x),\(y)],[\(x + 0.01),\(y)],[\(x + 0.01),\(y + 0.01)],[\(x),\(y + 0.01)],[\(x),\(y)]]"
            return #"{"type":"Feature","properties":\#(properties),"geometry":{"type":"Polygon","coordinates":[\#(ring)]}}"#
        }
        let url = directory.appendingPathComponent("\(name).geojson")
        try Data(#"{"type":"FeatureCollection","features":[\#(texts.joined(separator: ","))]}"#.utf8).write(to: url)
        return url
    }

    /// `source` converted by `ogr2ogr` to `name` (its extension picks the driver) in the same directory.
    static func converted(_ source: URL, to name: String, _ options: String...) throws -> URL {
        let target = source.deletingLastPathComponent().appendingPathComponent(name)
        try ExternalTools.ogr2ogr([target.path, source.path] + options)
        return target
    }
}
