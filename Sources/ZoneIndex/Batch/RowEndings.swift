/// The bytes that follow a row's id in `curbside match` output (`,zone_id,zone_name,method` and a line break) for
/// every zone and method, held in one buffer.
struct RowEndings: Sendable {
    private let bytes: [UInt8]
    /// Where each ending starts in `bytes`; ending `e` is `bytes[starts[e]..<starts[e + 1]]`.
    private let starts: [Int]

    /// Ending `2z` is zone `z` matched by its boundary, `2z + 1` by its ZIP code, and the last one is no zone.
    init(zones: [Zone]) {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        for zone in zones {
            let fields = "," + CSVFields.escape(zone.id) + "," + CSVFields.escape(zone.name) + ","
            for method in [MatchMethod.polygon, .zip] {
                starts.append(bytes.count)
                bytes.append(contentsOf: (fields + method.rawValue + "\n").utf8)
            }
        }
        starts.append(bytes.count)
        bytes.append(contentsOf: ",,,\(MatchMethod.none.rawValue)\n".utf8)
        starts.append(bytes.count)
        self.bytes = bytes
        self.starts = starts
    }

    /// The ending of a row answered by `zone` through `method`.
    func ending(zone: Int?, method: MatchMethod) -> Int {
        guard let zone else { return starts.count - 2 }
        return 2 * zone + (method == .zip ? 1 : 0)
    }

    func length(_ ending: Int) -> Int { starts[ending + 1] - starts[ending] }

    /// Copies ending `ending` to `target`, returning its length.
    func copy(_ ending: Int, to target: UnsafeMutablePointer<UInt8>) -> Int {
        let start = starts[ending]
        let count = starts[ending + 1] - start
        bytes.withUnsafeBufferPointer { target.initialize(from: $0.baseAddress! + start, count: count) }
        return count
    }
}
