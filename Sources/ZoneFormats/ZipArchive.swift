import CGDAL

/// A zip archive (or KMZ) read through GDAL's `/vsizip/`, and the zone source inside it: a File Geodatabase
/// folder, a shapefile with its sidecars, a KML, or one file of another zone format.
struct ZipArchive {
    /// The archive's `/vsizip/` path.
    let root: String
    /// The paths of the files inside, relative to `root`.
    let entries: [String]

    /// The archive at `path` (a file or a `/vsimem/` path).
    ///
    /// - Throws: `ZoneSourceError.unreadable` when GDAL cannot be loaded.
    init(path: String) throws(ZoneSourceError) {
        try GDALCalls.ready()
        let root = "/vsizip/" + path
        self.root = root
        entries = GDALCalls.quietly { GDALCalls.takeStringList(VSIReadDirRecursive(root)) }
    }

    /// The path GDAL opens and the format to open it as.
    ///
    /// - Throws: `ZoneSourceError.missingSidecars` for a shapefile without its `.shx` or `.dbf`,
    ///   `.unreadable` for an empty or damaged archive, `.unknownFormat` when it holds no zone file.
    func zoneSource() throws(ZoneSourceError) -> (path: String, format: ZoneSourceFormat) {
        guard !entries.isEmpty else { throw .unreadable(reason: "the zip archive is empty or damaged") }
        let components = entries.map { $0.split(separator: "/").map(String.init) }
        if let gdb = components.lazy.compactMap({ parts in parts.firstIndex { $0.lowercased().hasSuffix(".gdb") }.map { parts[...$0] } }).first {
            return (root + "/" + gdb.joined(separator: "/"), .fileGeodatabase)
        }
        let shapefiles = entries.filter { $0.lowercased().hasSuffix(".shp") }
        if !shapefiles.isEmpty {
            return (try shapefileSource(shapefiles), .shapefile)
        }
        let kml = entries.filter { $0.lowercased().hasSuffix(".kml") }
        if let doc = kml.first(where: { $0.lowercased() == "doc.kml" }) ?? kml.first {
            return (root + "/" + doc, .kml)
        }
        let known = entries.compactMap { entry in
            Self.fileExtension(entry).flatMap(ZoneSourceFormat.init(fileExtension:)).map { (entry, $0) }
        }.filter { $0.1 != .zip }
        guard known.count == 1, let (entry, format) = known.first else {
            let shown = entries.prefix(8).joined(separator: ", ") + (entries.count > 8 ? ", …" : "")
            throw .unknownFormat("a zip holding \(known.isEmpty ? "no zone file" : "several zone files"): \(shown)")
        }
        return (root + "/" + entry, format)
    }

    /// The one shapefile, or the folder of several; each must come with its `.shx` and `.dbf`.
    private func shapefileSource(_ shapefiles: [String]) throws(ZoneSourceError) -> String {
        let lowered = Set(entries.map { $0.lowercased() })
        for shapefile in shapefiles {
            let stem = shapefile.dropLast(4).lowercased()
            let missing = [".shx", ".dbf"].filter { !lowered.contains(stem + $0) }
            if !missing.isEmpty { throw .missingSidecars(shapefile: shapefile, missing: missing) }
        }
        if shapefiles.count == 1 { return root + "/" + shapefiles[0] }
        let folders = Set(shapefiles.map { $0.split(separator: "/").dropLast().joined(separator: "/") })
        guard folders.count == 1, let folder = folders.first else {
            throw .unknownFormat("a zip holding shapefiles in several folders: \(shapefiles.joined(separator: ", "))")
        }
        return folder.isEmpty ? root : root + "/" + folder
    }

    private static func fileExtension(_ entry: String) -> String? {
        guard let name = entry.split(separator: "/").last, let dot = name.lastIndex(of: ".") else { return nil }
        return String(name[name.index(after: dot)...])
    }
}
