import CGDAL

/// An open GDAL vector dataset with exactly one owner: this object closes it. Its layers are GDAL's and live as
/// long as it does, so each `OGRLayer` keeps its dataset.
///
/// GDAL datasets are not thread-safe: one dataset is opened per read and used by that read alone.
final class OGRDataset {
    let handle: UnsafeMutableRawPointer

    /// Opens `path` (a file, a directory or a `/vsizip/`, `/vsimem/` path) read-only with one of `drivers`.
    ///
    /// - Throws: `ZoneSourceError.unreadable` with GDAL's reason.
    init(path: String, drivers: [String], openOptions: [String] = []) throws(ZoneSourceError) {
        try GDALCalls.ready()
        let fallback = "GDAL's \(drivers.joined(separator: " or ")) driver cannot read it: not in that format, or damaged"
        let opened = GDALCalls.quietly {
            GDALCalls.withStringList(drivers) { drivers in
                GDALCalls.withStringList(openOptions) { openOptions in
                    let handle = GDALOpenEx(path, UInt32(GDAL_OF_VECTOR | GDAL_OF_READONLY), drivers, openOptions, nil)
                    return (handle, handle == nil ? GDALCalls.lastError(or: fallback) : "")
                }
            }
        }
        guard let handle = opened.0 else { throw .unreadable(reason: opened.1) }
        self.handle = handle
    }

    deinit {
        GDALClose(handle)
    }

    /// Every layer, in the dataset's order.
    var layers: [OGRLayer] {
        (0..<GDALDatasetGetLayerCount(handle)).compactMap { index in
            GDALDatasetGetLayer(handle, index).map { OGRLayer(handle: $0, dataset: self) }
        }
    }
}
