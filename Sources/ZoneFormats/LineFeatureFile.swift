import CGDAL
import ZoneIndex

/// A vector file of line features with attributes, read through GDAL: a shapefile (or a zip holding one, such as a
/// TIGER/Line county file), a GeoPackage, anything GDAL reads. Coordinates come out in WGS84 longitude/latitude.
public struct LineFeatureFile {
    /// One feature: its attributes as text, by upper-case field name, and its lines (one per part).
    public struct Feature {
        public var fields: [String: String]
        public var lines: [[Coordinate]]
    }

    /// The file's path.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The number of features of the layer that has every field of `requiredFields` (the first such line layer).
    public func featureCount(requiredFields: [String]) throws(ZoneSourceError) -> Int? {
        let dataset = try open()
        return try layer(of: dataset, requiredFields: requiredFields).declaredFeatureCount
    }

    /// Calls `body` with every feature of the layer that has every field of `requiredFields`; returns the layer's name.
    public func read(requiredFields: [String], _ body: (Feature) throws -> Void) throws -> String {
        let dataset = try open()
        let layer = try layer(of: dataset, requiredFields: requiredFields)
        let fields = layer.fields
        let transformer = try transformer(for: layer)
        layer.restart()
        while let feature = try layer.nextFeature() {
            var values: [String: String] = [:]
            for field in fields {
                if let value = feature.value(of: field) { values[field.name.uppercased()] = value.text }
            }
            var lines: [[Coordinate]] = []
            if let geometry = feature.geometry {
                let linear = geometry.linearized()
                collectLines(linear?.view ?? geometry, into: &lines)
            }
            if let transformer {
                for index in lines.indices { try transformer.transform(&lines[index]) }
            }
            try body(Feature(fields: values, lines: lines))
        }
        return layer.name
    }

    private func open() throws(ZoneSourceError) -> OGRDataset {
        let lower = path.lowercased()
        let gdalPath = lower.hasSuffix(".zip") && !path.hasPrefix("/vsi") ? "/vsizip/" + path : path
        return try OGRDataset(path: gdalPath, drivers: [])
    }

    private func layer(of dataset: OGRDataset, requiredFields: [String]) throws(ZoneSourceError) -> OGRLayer {
        let layers = dataset.layers
        let wanted = Set(requiredFields.map { $0.uppercased() })
        if let layer = layers.first(where: { wanted.isSubset(of: Set($0.fields.map { $0.name.uppercased() })) }) {
            return layer
        }
        let found = layers.map { "\($0.name) (\($0.fields.map(\.name).joined(separator: ", ")))" }
        throw .unreadable(
            reason: "no layer has the fields \(requiredFields.joined(separator: ", "))"
                + (found.isEmpty ? " (the file holds no layer)" : "; found \(found.joined(separator: "; "))")
        )
    }

    /// A transformer to WGS84 for a layer that declares another CRS (TIGER/Line's NAD83 included, which PROJ takes
    /// to WGS84 within about a metre); nil for WGS84 or no CRS.
    private func transformer(for layer: OGRLayer) throws -> CoordinateTransformer? {
        guard let crs = layer.spatialReference?.coordinateReferenceSystem, !crs.isWGS84LongitudeLatitude else { return nil }
        return try CoordinateTransformer(from: crs)
    }

    private func collectLines(_ geometry: OGRGeometryView, into lines: inout [[Coordinate]]) {
        let flat = OGR_GT_Flatten(geometry.type)
        if flat == wkbLineString || flat == wkbLinearRing {
            let positions = geometry.positions
            if positions.count >= 2 { lines.append(positions) }
        } else {
            for part in geometry.parts { collectLines(part, into: &lines) }
        }
    }
}
