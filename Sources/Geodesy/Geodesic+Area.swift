import CPROJ

extension Geodesic {
    /// The area in square metres enclosed by a ring whose vertices are joined by geodesics, signed: positive
    /// when the ring runs counter-clockwise, negative when clockwise.
    ///
    /// The ring may be closed (last vertex equal to the first) or open; it is closed either way. `position`
    /// gives each element's place on the ellipsoid.
    public func signedArea<Ring: Sequence>(ofRing ring: Ring, position: (Ring.Element) -> GeoPoint) -> Double {
        var polygon = geod_polygon()
        geod_polygon_init(&polygon, 0)
        var first: GeoPoint?
        var pending: GeoPoint?
        for element in ring {
            // A vertex is added once the next one is known, so a closing repeat of the first is left out.
            if let pending { add(pending, to: &polygon) }
            let point = position(element)
            if first == nil { first = point }
            pending = point
        }
        if let pending, pending != first { add(pending, to: &polygon) }
        var area = 0.0
        withUnsafePointer(to: geodesic) { g in
            _ = geod_polygon_compute(g, &polygon, 0, 1, &area, nil)
        }
        return area
    }

    /// The signed area in square metres of a ring of positions (see `signedArea(ofRing:position:)`).
    public func signedArea(ofRing ring: [GeoPoint]) -> Double {
        signedArea(ofRing: ring) { $0 }
    }

    /// The area in square metres of a polygon: the first ring is the exterior, the others holes inside it.
    ///
    /// Ring orientation does not matter: the exterior's area counts, each hole's is taken away.
    public func area<Ring: Sequence>(ofRings rings: some Sequence<Ring>, position: (Ring.Element) -> GeoPoint) -> Double {
        var total = 0.0
        var isExterior = true
        for ring in rings {
            let area = abs(signedArea(ofRing: ring, position: position))
            total += isExterior ? area : -area
            isExterior = false
        }
        return total
    }

    /// The area in square metres of a polygon given as rings of positions, exterior first, holes after.
    public func area(ofRings rings: [[GeoPoint]]) -> Double {
        area(ofRings: rings) { $0 }
    }

    /// The length in metres of the geodesics joining a ring's vertices, the closing edge included.
    public func perimeter(ofRing ring: [GeoPoint]) -> Double {
        var polygon = geod_polygon()
        geod_polygon_init(&polygon, 0)
        let vertices = ring.count > 1 && ring.first == ring.last ? ring.dropLast() : ring[...]
        for point in vertices { add(point, to: &polygon) }
        var perimeter = 0.0
        withUnsafePointer(to: geodesic) { g in
            _ = geod_polygon_compute(g, &polygon, 0, 1, nil, &perimeter)
        }
        return perimeter
    }

    private func add(_ point: GeoPoint, to polygon: inout geod_polygon) {
        withUnsafePointer(to: geodesic) { g in
            geod_polygon_addpoint(g, &polygon, point.latitude, point.longitude)
        }
    }
}
