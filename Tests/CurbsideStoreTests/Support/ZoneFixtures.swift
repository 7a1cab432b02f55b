import CurbsideStore
import Foundation
import ZoneIndex

/// Hand-built zones: small squares near Austin, TX.
enum ZoneFixtures {
    /// A closed square ring with its lower-left corner at (`x`, `y`).
    static func ring(x: Double, y: Double, size: Double) -> [Coordinate] {
        [
            Coordinate(x: x, y: y), Coordinate(x: x + size, y: y), Coordinate(x: x + size, y: y + size),
            Coordinate(x: x, y: y + size), Coordinate(x: x, y: y),
        ]
    }

    /// A square polygon.
    static func square(x: Double = -97.75, y: Double = 30.25, size: Double = 0.01) -> ZoneBoundary {
        .polygon(Polygon(exterior: ring(x: x, y: y, size: size)))
    }

    /// A square with a smaller square hole in its middle.
    static let squareWithHole = ZoneBoundary.polygon(Polygon(
        exterior: ring(x: -97.8, y: 30.2, size: 0.1),
        holes: [ring(x: -97.77, y: 30.23, size: 0.04)]
    ))

    /// Two disjoint squares.
    static let twoSquares = ZoneBoundary.multiPolygon([
        Polygon(exterior: ring(x: -97.70, y: 30.30, size: 0.02)),
        Polygon(exterior: ring(x: -97.60, y: 30.40, size: 0.015)),
    ])

    /// A zone with a square boundary.
    static func zone(
        _ id: String, tenant: String = "acme", name: String? = nil, priority: Int = 0, isActive: Bool = true,
        zipCodes: [String] = ["78701"], boundary: ZoneBoundary = square()
    ) -> Zone {
        Zone(
            id: id, tenantID: tenant, name: name ?? "Zone \(id)", priority: priority, isActive: isActive,
            zipCodes: zipCodes, boundary: boundary
        )
    }

    /// A fixed instant with whole seconds, so stored dates compare equal.
    static let epoch = Date(timeIntervalSince1970: 1_700_000_000)

    /// A store over `database` whose clock reads `date`.
    static func store(_ database: CurbsideDatabase, at date: Date = epoch) -> ZoneStore {
        ZoneStore(database: database, now: { date })
    }
}
