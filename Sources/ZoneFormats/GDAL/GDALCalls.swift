import CGDAL
import CGDALLoader
import Foundation

/// GDAL's process-wide set-up and its per-thread error state, as the OGR wrappers use them.
///
/// GDAL keeps the last error of each thread; `quietly` clears it, keeps GDAL from printing to standard error while
/// `body` runs, and `lastError` reads what the failing call left there.
enum GDALCalls {
    /// Loads libgdal and registers every GDAL/OGR driver, once per process; nil when loaded, else why not.
    private static let loading: String? = {
        var reason = [CChar](repeating: 0, count: 512)
        guard curbside_gdal_load(&reason, reason.count) == 1 else {
            return String(decoding: reason.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        GDALAllRegister()
        return nil
    }()

    /// Makes GDAL ready (loaded, drivers registered), or throws why it cannot be: every path into GDAL starts here.
    static func ready() throws(ZoneSourceError) {
        if let reason = loading { throw .unreadable(reason: reason) }
    }

    /// Runs `body` with GDAL's messages kept off standard error; GDAL must be `ready()`.
    static func quietly<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        precondition(loading == nil, "GDAL used before GDALCalls.ready()")
        CPLErrorReset()
        CPLPushErrorHandler(CPLQuietErrorHandler)
        defer { CPLPopErrorHandler() }
        return try body()
    }

    /// The message of this thread's last GDAL error, or `fallback` when GDAL left none.
    static func lastError(or fallback: String) -> String {
        guard let message = CPLGetLastErrorMsg(), message.pointee != 0 else { return fallback }
        return String(cString: message)
    }

    /// Calls `body` with `strings` as a NULL-terminated C string list, the form GDAL takes options and driver names in.
    static func withStringList<T>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> T) -> T {
        guard !strings.isEmpty else { return body(nil) }
        let copies = strings.map { UnsafePointer<CChar>(strdup($0)) }
        defer { copies.forEach { free(UnsafeMutablePointer(mutating: $0)) } }
        return (copies + [nil]).withUnsafeBufferPointer { body($0.baseAddress) }
    }

    /// A GDAL string list, read and then destroyed: GDAL hands the caller ownership of lists like `VSIReadDirRecursive`'s.
    static func takeStringList(_ list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> [String] {
        guard let list else { return [] }
        defer { CSLDestroy(list) }
        var strings: [String] = []
        var at = list
        while let string = at.pointee {
            strings.append(String(cString: string))
            at += 1
        }
        return strings
    }
}
