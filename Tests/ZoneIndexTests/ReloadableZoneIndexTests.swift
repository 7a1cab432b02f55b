import Dispatch
import Synchronization
import Testing
@testable import ZoneIndex

/// A reload swaps whole snapshots: a query sees the old zone set or the new one, never a mix or a gap.
@Suite struct ReloadableZoneIndexTests {
    /// Version `v` has ten zones `v<v>-<i>` tiling [0,10]×[0,1]; every point in the strip matches in every version.
    static func version(_ v: Int) -> [Zone] {
        (0..<10).map { i in
            Fixtures.zone("v\(v)-\(i)", Fixtures.square(Double(i), 0, Double(i + 1), 1), zips: ["7870\(i)"])
        }
    }

    @Test func queriesDuringReloadsSeeWholeSnapshots() throws {
        let live = try ReloadableZoneIndex(zones: Self.version(0))
        let failures = Atomic<Int>(0)
        let queries = Atomic<Int>(0)
        let reloads = 200
        DispatchQueue.concurrentPerform(iterations: 5) { worker in
            if worker == 0 {
                for v in 1...reloads { try? live.reload(zones: Self.version(v)) }
                return
            }
            for q in 0..<4_000 {
                let snapshot = live.current
                let versionPrefix = snapshot.zones[0].id.split(separator: "-")[0]
                let x = Double(q % 10) + 0.5
                guard let match = try? snapshot.match(lat: 0.5, lng: x), let id = match.zone?.id,
                      id.split(separator: "-")[0] == versionPrefix, snapshot.zones.count == 10 else {
                    failures.add(1, ordering: .relaxed)
                    continue
                }
                queries.add(1, ordering: .relaxed)
            }
        }
        #expect(failures.load(ordering: .relaxed) == 0)
        #expect(queries.load(ordering: .relaxed) == 16_000)
        #expect(live.current.zones[0].id == "v\(reloads)-0")
    }

    @Test func aFailedReloadKeepsTheCurrentSnapshot() throws {
        let live = try ReloadableZoneIndex(zones: Self.version(1))
        var broken = Self.version(2)
        broken[3].boundary = .polygon(Polygon(exterior: [Coordinate(x: 0, y: 0), Coordinate(x: 1, y: 1)]))
        #expect(throws: ZoneIndexError.self) { try live.reload(zones: broken) }
        #expect(try live.current.match(lat: 0.5, lng: 0.5).zone?.id == "v1-0")
    }
}
