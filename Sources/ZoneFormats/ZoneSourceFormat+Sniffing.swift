import Foundation

extension ZoneSourceFormat {
    /// The format of `bytes`: from the magic numbers of zip, GeoPackage (SQLite), FlatGeobuf and shapefile main
    /// files and from the first character of JSON and XML; for text with neither, from `hint` (a content type such
    /// as `text/csv`, or a file name or extension such as `.csv`).
    ///
    /// - Throws: `ZoneSourceError.unknownFormat`, or `.missingSidecars` for a bare `.shp`.
    init(sniffing bytes: Data, hint: String?) throws(ZoneSourceError) {
        let head = [UInt8](bytes.prefix(1024))
        func starts(with magic: [UInt8]) -> Bool { head.starts(with: magic) }
        let firstCharacter = head.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        if starts(with: [0x50, 0x4B, 0x03, 0x04]) || starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            self = .zip
        } else if starts(with: Array("SQLite format 3\0".utf8)) {
            self = .geoPackage
        } else if starts(with: [0x66, 0x67, 0x62, 0x03]) {
            self = .flatGeobuf
        } else if starts(with: [0x00, 0x00, 0x27, 0x0A]) {
            throw .missingSidecars(shapefile: "given alone", missing: [".shx", ".dbf"])
        } else if firstCharacter == 0x1E {
            self = .geoJSONSeq
        } else if firstCharacter == UInt8(ascii: "{") {
            self = Self.isJSONSequence(bytes) ? .geoJSONSeq : .geoJSON
        } else if String(decoding: head, as: UTF8.self).contains("<kml") {
            self = .kml
        } else if let hinted = hint.flatMap(Self.init(hint:)) {
            self = hinted
        } else {
            throw .unknownFormat(hint.map { "content type or name \($0)" } ?? "no name or content type was given")
        }
    }

    /// The zone-file formats by the media types they are sent as.
    static let byMediaType: [String: ZoneSourceFormat] = [
        "application/geo+json": .geoJSON, "application/json": .geoJSON, "application/geo+json-seq": .geoJSONSeq,
        "application/x-ndjson": .geoJSONSeq, "application/geopackage+sqlite3": .geoPackage,
        "application/vnd.google-earth.kml+xml": .kml, "application/vnd.google-earth.kmz": .zip,
        "application/zip": .zip, "application/x-zip-compressed": .zip, "application/flatgeobuf": .flatGeobuf,
        "text/csv": .csv,
    ]

    /// The format a content type or a file name names.
    init?(hint: String) {
        let type = hint.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        if let format = Self.byMediaType[type] {
            self = format
        } else {
            let name = type.split(separator: "/").last.map(String.init) ?? type
            self.init(fileExtension: name.split(separator: ".").last.map(String.init) ?? name)
        }
    }

    /// Whether JSON text holds one object per line (GeoJSONSeq) rather than one document.
    private static func isJSONSequence(_ bytes: Data) -> Bool {
        guard let newline = bytes.firstIndex(of: 0x0A) else { return false }
        let rest = bytes[newline...].drop { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
        guard rest.first == UInt8(ascii: "{") else { return false }
        let firstLine = bytes[..<newline]
        return (try? JSONSerialization.jsonObject(with: firstLine)) is [String: Any]
    }
}
