import ArgumentParser
import Foundation
import ZoneIndex
import ZoneSynthesis

/// Writes a synthetic zone set as GeoJSON and prints its bounding box as JSON.
struct ZonesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zones",
        abstract: "Write a Voronoi or coastline zone set as GeoJSON; print {zones, positions, bounds} as JSON."
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case voronoi, coastline
    }

    @Option(help: "voronoi (a tessellation with irregular edges) or coastline (few huge zones with holes).")
    var kind = Kind.voronoi

    @Option(help: "How many zones.")
    var count = 1000

    @Option(help: "Voronoi: about how many positions per zone. Coastline: positions per exterior ring.")
    var vertices = 200

    @Option(help: "Coastline: holes per zone.")
    var holes = 3

    @Option(help: "Coastline: positions per hole ring.")
    var holeVertices = 1000

    @Option(help: "The random seed.")
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: "The GeoJSON file to write.")
    var output: String

    func run() throws {
        let zones: [Zone] = switch kind {
        case .voronoi:
            try VoronoiZoneSet(count: count, verticesPerZone: vertices, seed: seed).zones()
        case .coastline:
            CoastlineZoneSet(count: count, shellVertices: vertices, holesPerZone: holes, holeVertices: holeVertices, seed: seed).zones()
        }
        try ZoneFile.geoJSON(zones).write(to: URL(fileURLWithPath: output))
        let box = zones.compactMap(\.boundary.boundingBox).reduce(nil as BoundingBox?) { $0?.union($1) ?? $1 }!
        let positions = zones.reduce(0) { $0 + $1.boundary.vertexCount }
        let minimum = zones.map(\.boundary.vertexCount).min() ?? 0
        let holeCount = zones.reduce(0) { $0 + $1.boundary.polygons.reduce(0) { $0 + $1.holes.count } }
        print("""
            {"zones": \(zones.count), "positions": \(positions), "min_positions": \(minimum), "holes": \(holeCount), \
            "bounds": [\(box.minX), \(box.minY), \(box.maxX), \(box.maxY)]}
            """)
    }
}

/// Writes uniform random points over a box, as binary pairs and/or CSV.
struct PointsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "points",
        abstract: "Write uniform random points over a box as float64 (lng, lat) pairs and/or an id,lat,lng CSV."
    )

    @Option(help: "The box: minLng,minLat,maxLng,maxLat.")
    var bounds: String

    @Option(help: "How many points.")
    var count: Int

    @Option(help: "The random seed.")
    var seed: UInt64 = 7

    @Option(help: "Where to write the binary points.")
    var binary: String?

    @Option(help: "Where to write the CSV.")
    var csv: String?

    func run() throws {
        let parts = bounds.split(separator: ",").compactMap { Double($0) }
        guard parts.count == 4 else { throw BenchError("--bounds needs four numbers") }
        let box = BoundingBox(minX: parts[0], minY: parts[1], maxX: parts[2], maxY: parts[3])
        let points = SyntheticPoints.uniform(count, in: box, seed: seed)
        if let binary { try PointFiles.writeBinary(points, to: binary) }
        if let csv { try PointFiles.writeCSV(points, to: csv) }
    }
}
