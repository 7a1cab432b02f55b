import CGDAL
import ZoneIndex

/// A copy of a layer's spatial reference, with exactly one owner: this object releases it. Positions are read
/// in traditional GIS order (easting or longitude first), as `CoordinateTransformer` expects them.
final class OGRSpatialReference {
    private let handle: UnsafeMutableRawPointer

    /// A copy of `borrowed`, which stays its owner's; nil when GDAL cannot copy it.
    init?(copying borrowed: UnsafeMutableRawPointer) {
        guard let handle = OSRClone(borrowed) else { return nil }
        OSRSetAxisMappingStrategy(handle, OAMS_TRADITIONAL_GIS_ORDER)
        self.handle = handle
    }

    deinit {
        OSRRelease(handle)
    }

    /// The CRS as PROJ is given it: `AUTHORITY:CODE` when the definition has (or GDAL can identify) one, else
    /// the PROJJSON, else the WKT.
    var coordinateReferenceSystem: CoordinateReferenceSystem? {
        GDALCalls.quietly {
            if let code = authorityCode { return CoordinateReferenceSystem(name: code) }
            if OSRAutoIdentifyEPSG(handle) == OGRERR_NONE, let code = authorityCode { return CoordinateReferenceSystem(name: code) }
            if let json = export({ OSRExportToPROJJSON(handle, $0, nil) }) { return CoordinateReferenceSystem(name: json) }
            return export({ OSRExportToWkt(handle, $0) }).map(CoordinateReferenceSystem.init(name:))
        }
    }

    private var authorityCode: String? {
        guard let authority = OSRGetAuthorityName(handle, nil), let code = OSRGetAuthorityCode(handle, nil) else { return nil }
        return "\(String(cString: authority)):\(String(cString: code))"
    }

    private func export(_ exporter: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> OGRErr) -> String? {
        var text: UnsafeMutablePointer<CChar>?
        defer { VSIFree(text) }
        guard exporter(&text) == OGRERR_NONE, let text else { return nil }
        return String(cString: text)
    }
}
