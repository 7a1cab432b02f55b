import Foundation

/// Geocodes every row of a CSV with `id` and `address` columns, writing one output row per input row, in order.
public struct AddressFileGeocoder: Sendable {
    /// Counts for the whole file.
    public struct Summary: Sendable, Equatable {
        public var rows = 0
        /// Rows the provider answered, by precision.
        public var byPrecision: [GeocodePrecision: Int] = [:]
        /// Rows answered from the cache.
        public var cacheHits = 0
        /// Rows no provider answer was found for.
        public var notFound = 0
        /// Rows whose address could not be parsed (or was empty).
        public var unparseable = 0
        /// Rows the provider failed on (unavailable, refused, bad answer); worth retrying later.
        public var failed = 0

        /// Rows answered precisely enough to locate the address (`city` or finer).
        public var located: Int { answered(where: \.locatesAnAddress) }
        /// Rows answered only with a region or a country: points that do not locate the address.
        public var tooCoarse: Int { answered { !$0.locatesAnAddress } }

        private func answered(where include: (GeocodePrecision) -> Bool) -> Int {
            byPrecision.filter { include($0.key) }.values.reduce(0, +)
        }
    }

    /// The output header.
    public static let outputColumns = [
        "id", "address", "normalized", "lat", "lng", "formatted_address", "postcode", "precision", "source", "confidence",
        "cached", "error",
    ]

    public let geocoder: Geocoder
    /// Lookups in flight at once.
    public var concurrency: Int

    private let normalizer = AddressNormalizer()

    public init(geocoder: Geocoder, concurrency: Int = 8) {
        self.geocoder = geocoder
        self.concurrency = max(1, concurrency)
    }

    /// Geocodes `input` into `output` (written to a temporary file and moved into place when complete).
    /// `progress` is called with rows done and rows in all.
    public func run(input: URL, output: URL, progress: @Sendable (Int, Int) -> Void = { _, _ in }) async throws -> Summary {
        var rows = Array(try CSVReader(contentsOf: input))
        guard !rows.isEmpty else { throw AddressFileError.missingHeader }
        let header = rows.removeFirst().fields.map { $0.lowercased() }
        guard let addressColumn = header.firstIndex(of: "address") else { throw AddressFileError.missingAddressColumn(header) }
        let idColumn = header.firstIndex(of: "id")
        var summary = Summary()
        let temporary = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        let handle = try FileHandle(forWritingTo: temporary)
        var moved = false
        defer {
            try? handle.close()
            if !moved { try? FileManager.default.removeItem(at: temporary) }
        }
        try handle.write(contentsOf: Data((CSVWriter.line(Self.outputColumns) + "\n").utf8))
        var done = 0
        for chunkStart in stride(from: 0, to: rows.count, by: concurrency * 16) {
            let chunk = rows[chunkStart..<min(rows.count, chunkStart + concurrency * 16)]
            let outcomes = await geocodeChunk(chunk.map { $0.fields.count > addressColumn ? $0.fields[addressColumn] : "" })
            var lines = ""
            for (row, (key, outcome)) in zip(chunk, outcomes) {
                let id = idColumn.flatMap { $0 < row.fields.count ? row.fields[$0] : nil } ?? String(row.line)
                let address = row.fields.count > addressColumn ? row.fields[addressColumn] : ""
                lines += CSVWriter.line(Self.fields(id: id, address: address, normalized: key ?? "", outcome)) + "\n"
                Self.count(outcome, into: &summary)
            }
            try handle.write(contentsOf: Data(lines.utf8))
            done += chunk.count
            progress(done, rows.count)
        }
        try handle.close()
        _ = try? FileManager.default.removeItem(at: output)
        try FileManager.default.moveItem(at: temporary, to: output)
        moved = true
        return summary
    }

    /// Each address's canonical key (nil when it cannot be parsed) and geocoding outcome, in order.
    private func geocodeChunk(_ addresses: [String]) async -> [(String?, Result<GeocodeResult, GeocodingError>)] {
        await withTaskGroup(of: (Int, String?, Result<GeocodeResult, GeocodingError>).self) { group in
            var results = [(String?, Result<GeocodeResult, GeocodingError>)?](repeating: nil, count: addresses.count)
            var next = 0
            func start() {
                let index = next
                let address = addresses[index]
                group.addTask {
                    let parsed: ParsedAddress
                    do throws(AddressParseError) { parsed = try normalizer.parse(address) } catch { return (index, nil, .failure(.unparseable(error))) }
                    do throws(GeocodingError) {
                        return (index, parsed.key, .success(try await geocoder.geocode(parsed)))
                    } catch {
                        return (index, parsed.key, .failure(error))
                    }
                }
                next += 1
            }
            while next < min(concurrency, addresses.count) { start() }
            while let (index, key, result) = await group.next() {
                results[index] = (key, result)
                if next < addresses.count { start() }
            }
            return results.map { $0! }
        }
    }

    private static func fields(id: String, address: String, normalized: String, _ outcome: Result<GeocodeResult, GeocodingError>) -> [String] {
        switch outcome {
        case .success(let result):
            return [
                id, address, normalized, String(result.lat), String(result.lng), result.formattedAddress, result.postcode ?? "",
                result.precision.rawValue, result.source, String(result.confidence), String(result.cached), "",
            ]
        case .failure(let error):
            return [id, address, normalized, "", "", "", "", "", "", "", "", error.description]
        }
    }

    private static func count(_ outcome: Result<GeocodeResult, GeocodingError>, into summary: inout Summary) {
        summary.rows += 1
        switch outcome {
        case .success(let result):
            summary.byPrecision[result.precision, default: 0] += 1
            if result.cached { summary.cacheHits += 1 }
        case .failure(.notFound): summary.notFound += 1
        case .failure(.unparseable): summary.unparseable += 1
        case .failure: summary.failed += 1
        }
    }
}

/// Why an address file cannot be geocoded.
public enum AddressFileError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingHeader
    case missingAddressColumn([String])

    public var description: String {
        switch self {
        case .missingHeader: "the address file is empty; it needs a header with id,address"
        case .missingAddressColumn(let header): "the address file has no address column (header: \(header.joined(separator: ",")))"
        }
    }
}
