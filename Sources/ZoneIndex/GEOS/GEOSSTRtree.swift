import CGEOS

/// A GEOS STRtree over integer items keyed by their bounding boxes.
///
/// The tree is built on its first query; like every GEOS object it belongs to its context's thread.
package final class GEOSSTRtree {
    private let context: GEOSContext
    private let pointer: OpaquePointer

    package init(context: GEOSContext, nodeCapacity: Int = 10) throws {
        guard let pointer = GEOSSTRtree_create_r(context.handle, nodeCapacity) else {
            throw context.error("GEOSSTRtree_create")
        }
        self.context = context
        self.pointer = pointer
    }

    deinit {
        GEOSSTRtree_destroy_r(context.handle, pointer)
    }

    /// Inserts `item` (zero or more) under `box`. GEOS copies the envelope, so no geometry is retained.
    package func insert(_ item: Int, box: BoundingBox) throws {
        precondition(item >= 0, "STRtree items are non-negative")
        let key = try GEOSGeometry.rectangle(box, context: context)
        GEOSSTRtree_insert_r(context.handle, pointer, key.pointer, UnsafeMutableRawPointer(bitPattern: item + 1))
    }

    /// Calls `visit` with every item whose box intersects the envelope of `geometry`.
    package func query(_ geometry: GEOSGeometry, _ visit: (Int) -> Void) {
        withoutActuallyEscaping(visit) { visit in
            var visitor = visit
            withUnsafeMutablePointer(to: &visitor) { visitorPointer in
                GEOSSTRtree_query_r(
                    context.handle, pointer, geometry.pointer,
                    { item, userData in
                        guard let userData else { return }
                        let visit = userData.assumingMemoryBound(to: ((Int) -> Void).self).pointee
                        visit(Int(bitPattern: item) - 1)
                    },
                    UnsafeMutableRawPointer(visitorPointer)
                )
            }
        }
    }
}
