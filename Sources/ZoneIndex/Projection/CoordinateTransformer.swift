import CPROJ

/// A PROJ transformation from a CRS to WGS84 longitude/latitude.
///
/// Belongs to one thread: PROJ contexts and transformation objects are not shared.
public final class CoordinateTransformer {
    private let context: OpaquePointer
    private let transformation: OpaquePointer
    public let source: CoordinateReferenceSystem

    /// A transformer from `source` to WGS84, with both sides in GIS order (easting/longitude first).
    public init(from source: CoordinateReferenceSystem) throws(ProjectionError) {
        guard let context = proj_context_create() else {
            throw .unknownCRS(source.identifier, reason: "PROJ could not create a context")
        }
        proj_log_level(context, PJ_LOG_NONE)
        guard let raw = proj_create_crs_to_crs(context, source.identifier, "OGC:CRS84", nil) else {
            let reason = Self.lastError(context)
            proj_context_destroy(context)
            throw .unknownCRS(source.identifier, reason: reason)
        }
        let normalized = proj_normalize_for_visualization(context, raw)
        proj_destroy(raw)
        guard let normalized else {
            let reason = Self.lastError(context)
            proj_context_destroy(context)
            throw .unknownCRS(source.identifier, reason: reason)
        }
        self.context = context
        self.transformation = normalized
        self.source = source
    }

    deinit {
        proj_destroy(transformation)
        proj_context_destroy(context)
    }

    /// Transforms `coordinates` in place to WGS84 longitude/latitude.
    ///
    /// - Throws: `ProjectionError.transformFailed` naming the first position PROJ could not transform.
    public func transform(_ coordinates: inout [Coordinate]) throws(ProjectionError) {
        guard !coordinates.isEmpty else { return }
        let original = coordinates
        let stride = MemoryLayout<Coordinate>.stride
        let count = coordinates.count
        coordinates.withUnsafeMutableBytes { bytes in
            let x = bytes.baseAddress!.assumingMemoryBound(to: Double.self)
            let y = (bytes.baseAddress! + MemoryLayout<Double>.stride).assumingMemoryBound(to: Double.self)
            _ = proj_trans_generic(transformation, PJ_FWD, x, stride, count, y, stride, count, nil, 0, 0, nil, 0, 0)
        }
        if let bad = coordinates.firstIndex(where: { !$0.isFinite }) {
            let reason = Self.lastError(context)
            coordinates = original
            throw .transformFailed(original[bad], reason: reason)
        }
    }

    private static func lastError(_ context: OpaquePointer) -> String {
        let code = proj_context_errno(context)
        guard code != 0, let message = proj_context_errno_string(context, code) else { return "PROJ gave no reason" }
        return String(cString: message)
    }
}

/// A reprojection that failed.
public enum ProjectionError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownCRS(String, reason: String)
    case transformFailed(Coordinate, reason: String)

    public var description: String {
        switch self {
        case .unknownCRS(let name, let reason): "cannot use CRS \(name): \(reason)"
        case .transformFailed(let c, let reason): "cannot reproject (\(c.x), \(c.y)): \(reason)"
        }
    }
}
