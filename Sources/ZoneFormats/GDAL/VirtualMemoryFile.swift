import CGDAL
import Foundation

/// Bytes made a file under GDAL's `/vsimem/`, with exactly one owner: this object unlinks the file, which frees
/// GDAL's copy of the bytes.
final class VirtualMemoryFile {
    /// The file's path, for `GDALOpenEx` and `/vsizip/`.
    let path: String

    /// A file with the extension `fileExtension` (which tells some drivers what it is) holding a copy of `bytes`.
    ///
    /// - Throws: `ZoneSourceError.unreadable` when GDAL cannot allocate or create the file.
    init(_ bytes: Data, fileExtension: String) throws(ZoneSourceError) {
        try GDALCalls.ready()
        path = "/vsimem/curbside-\(UUID().uuidString).\(fileExtension)"
        // GDAL takes ownership of a VSIMalloc'd copy and frees it when the file is unlinked.
        guard let copy = VSIMalloc(max(bytes.count, 1)) else { throw .unreadable(reason: "out of memory for \(bytes.count) bytes") }
        bytes.copyBytes(to: copy.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        let file = GDALCalls.quietly { VSIFileFromMemBuffer(path, copy.assumingMemoryBound(to: GByte.self), vsi_l_offset(bytes.count), 1) }
        guard let file else {
            VSIFree(copy)
            throw .unreadable(reason: GDALCalls.lastError(or: "GDAL could not create \(path)"))
        }
        VSIFCloseL(file)
    }

    deinit {
        VSIUnlink(path)
    }
}
