import ArgumentParser
import Foundation
import ZoneIndex
import ZoneSynthesis

struct GenerateZonesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic zone set as GeoJSON, for tests and benchmarks."
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case voronoi, overlapping
    }

    @Option(help: "voronoi (a tessellation with irregular shared edges) or overlapping (blobs with priorities).")
    var kind = Kind.voronoi

    @Option(help: "How many zones.")
    var count = 1000

    @Option(help: "About how many positions per zone ring.")
    var vertices = 40

    @Option(help: "The random seed.")
    var seed: UInt64 = 1

    @Option(help: "The box to fill: minLng,minLat,maxLng,maxLat.")
    var bounds = "-98,30,-97,31"

    @Option(name: .shortAndLong, help: "The GeoJSON file to write.")
    var output: String

    func validate() throws {
        guard count >= 2 && count <= 1_000_000 else { throw ValidationError("--count must be within 2...1000000") }
        guard box != nil else { throw ValidationError("--bounds must be four numbers: minLng,minLat,maxLng,maxLat") }
    }

    private var box: BoundingBox? {
        let parts = bounds.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 4, parts[0] < parts[2], parts[1] < parts[3] else { return nil }
        return BoundingBox(minX: parts[0], minY: parts[1], maxX: parts[2], maxY: parts[3])
    }

    func run() throws {
        let start = ContinuousClock.now
        let zones: [Zone] = switch kind {
        case .voronoi: try VoronoiZoneSet(count: count, verticesPerZone: vertices, bounds: box!, seed: seed).zones()
        case .overlapping: OverlappingZoneSet(count: count, verticesPerRing: vertices, bounds: box!, seed: seed).zones()
        }
        try ZoneFile.geoJSON(zones).write(to: URL(fileURLWithPath: output))
        let positions = zones.reduce(0) { $0 + $1.boundary.vertexCount }
        Terminal.standardError("wrote \(zones.count) zones (\(positions) positions) to \(output) in \(ContinuousClock.now - start)")
    }
}
