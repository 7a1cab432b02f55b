import ArgumentParser
import Customers
import Foundation
import Geocoding
import ZoneIndex
import Zones

/// `curbside zones impact`: who a proposed zone set would move, for planners who work with files.
struct ImpactZonesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "impact",
        abstract: "List the properties a proposed zone set would move from the zones the current one gives them.",
        discussion: """
            Each point of --points (a CSV with a header naming lat and lng, and optionally id or property_id, zip, \
            customer_id, customer_name or name, address) is matched on both sets with the server's matcher (polygon, \
            then ZIP); the points whose zone differs are written as CSV to --output (or standard output), and a summary \
            (zones added, removed and changed; moves by pair) goes to standard error. This is the preview \
            GET /api/zone-drafts/{id}/impact gives for a tenant's properties.
            """
    )

    @Option(name: .customLong("current"), parsing: .upToNextOption, help: "The current zone files: \(ZoneFileOptions.formats).")
    var current: [String] = []
    @Option(name: .customLong("proposed"), parsing: .upToNextOption, help: "The proposed zone files.")
    var proposed: [String] = []
    @Option(help: "A CSV of property points (a header with lat and lng; optionally id, zip, customer_name, address).")
    var points: String
    @Option(help: "Where to write the moves as CSV (default: standard output).")
    var output: String?
    @OptionGroup var zoneFiles: ZoneFileOptions

    func validate() throws {
        if current.isEmpty { throw ValidationError("give the current zone files with --current") }
        if proposed.isEmpty { throw ValidationError("give the proposed zone files with --proposed") }
    }

    func run() throws {
        do {
            let live = try zoneFiles.loadZones(current).enumerated().map { PositionedZone(zone: $1, position: $0) }
            let next = try zoneFiles.loadZones(proposed).enumerated().map { PositionedZone(zone: $1, position: $0) }
            let subjects = try ImpactPointsFile.read(points, current: try ZoneIndex(zones: live.map(\.zone)))
            let plan = try RezonePlan.make(subjects: subjects, live: live, proposed: next, templates: [], settings: TenantSettings(), baseVersionID: nil)
            let csv = ImpactPointsFile.csv(plan.moves, subjects: subjects)
            if let output {
                try Data(csv.utf8).write(to: URL(fileURLWithPath: output))
            } else {
                FileHandle.standardOutput.write(Data(csv.utf8))
            }
            Terminal.standardError(Self.summary(plan, points: subjects.count))
        } catch let error as CLIError {
            Terminal.standardError("error: \(error)")
            throw ExitCode(1)
        } catch let error as ImpactPointsFile.Problem {
            Terminal.standardError("error: \(points): \(error)")
            throw ExitCode(1)
        } catch let error as ZoneIndexError {
            Terminal.standardError("error: \(error)")
            throw ExitCode(1)
        }
    }

    static func summary(_ plan: RezonePlan, points: Int) -> String {
        var lines = [
            "zones: \(plan.addedZones.count) added, \(plan.removedZones.count) removed, \(plan.changedZones.count) changed",
            "points: \(points), moved \(plan.moves.count) (to no zone \(plan.unzoned), from no zone \(plan.newlyZoned))",
        ]
        for pair in plan.byPair.prefix(20) {
            lines.append("  \(pair.from ?? "(none)") → \(pair.to ?? "(none)"): \(pair.count)")
        }
        if plan.byPair.count > 20 { lines.append("  … and \(plan.byPair.count - 20) more pairs") }
        return lines.joined(separator: "\n")
    }
}

/// The points file of `zones impact`, and the moves it writes.
enum ImpactPointsFile {
    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    /// The rows of the CSV at `path` as re-zoning subjects, each with the zone `current` gives it.
    static func read(_ path: String, current: ZoneIndex) throws -> [RezoneSubject] {
        let reader: CSVReader
        do { reader = try CSVReader(contentsOf: URL(fileURLWithPath: path)) } catch { throw Problem(description: "cannot be read (\(error.localizedDescription))") }
        var columns: [String: Int] = [:]
        var subjects: [RezoneSubject] = []
        func column(_ names: String...) -> Int? { names.lazy.compactMap { columns[$0] }.first }
        for (fields, line) in reader {
            if columns.isEmpty {
                for (offset, name) in fields.enumerated() { columns[name.lowercased()] = columns[name.lowercased()] ?? offset }
                guard column("lat", "latitude") != nil, column("lng", "lon", "longitude") != nil else {
                    throw Problem(description: "the header (line \(line)) must name lat and lng columns; it has \(fields.joined(separator: ", "))")
                }
                continue
            }
            func value(_ index: Int?) -> String? {
                guard let index, index < fields.count else { return nil }
                let text = fields[index].trimmingCharacters(in: .whitespaces)
                return text.isEmpty ? nil : text
            }
            let lat = value(column("lat", "latitude")).flatMap(Double.init), lng = value(column("lng", "lon", "longitude")).flatMap(Double.init)
            guard let lat, let lng, (-90...90).contains(lat), (-180...180).contains(lng) else {
                throw Problem(description: "line \(line): lat and lng must be numbers within ±90 and ±180")
            }
            let zip = value(column("zip", "zip_code", "postcode")).flatMap(ZIPCode.normalize)
            let match = (try? current.match(lat: lat, lng: lng, zip: zip)) ?? (try? current.match(lat: lat, lng: lng, zip: nil))
            subjects.append(RezoneSubject(
                propertyID: value(column("property_id", "id")) ?? "row \(line)", customerID: value(column("customer_id")) ?? "",
                customerName: value(column("customer_name", "name")) ?? "", address: value(column("address")) ?? "",
                lat: lat, lng: lng, zip: zip, zoneID: match?.zone?.id, method: nil, planID: nil, trashDay: nil, templateID: nil
            ))
        }
        if columns.isEmpty { throw Problem(description: "is empty: it needs a header with lat and lng") }
        return subjects
    }

    /// The moves as CSV, with each point's coordinates.
    static func csv(_ moves: [PropertyMove], subjects: [RezoneSubject]) -> String {
        let points = Dictionary(subjects.map { ($0.propertyID, ($0.lat, $0.lng)) }, uniquingKeysWith: { first, _ in first })
        var lines = ["property_id,customer_id,customer_name,address,lat,lng,from_zone_id,to_zone_id,zone_match_method"]
        for move in moves {
            let point = points[move.propertyID]
            let fields = [
                move.propertyID, move.customerID, move.customerName, move.address, point?.0.map { "\($0)" } ?? "", point?.1.map { "\($0)" } ?? "",
                move.fromZoneID ?? "", move.toZoneID ?? "", move.method.rawValue,
            ]
            lines.append(CSVWriter.line(fields))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
