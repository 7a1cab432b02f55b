/// Where the columns a point file needs sit in its header.
struct PointFileColumns: Sendable {
    let id: Int
    let lat: Int
    let lng: Int
    let zip: Int?

    /// The number of fields a row must have for every needed column to be present.
    var required: Int { max(id, lat, lng) + 1 }
    /// The number of fields worth splitting.
    var used: Int { max(required, (zip ?? 0) + 1) }

    private static let aliases: [(String, [String])] = [
        ("id", ["id"]),
        ("lat", ["lat", "latitude", "y"]),
        ("lng", ["lng", "lon", "long", "longitude", "x"]),
        ("zip", ["zip", "zip_code", "zipcode", "postcode", "postal_code"]),
    ]

    init(header: [String]) throws(PointFileError) {
        let names = header.map { $0.lowercased() }
        func find(_ column: String) -> Int? {
            let accepted = Self.aliases.first { $0.0 == column }!.1
            for name in accepted { if let i = names.firstIndex(of: name) { return i } }
            return nil
        }
        let missing = ["id", "lat", "lng"].filter { find($0) == nil }
        guard missing.isEmpty, let id = find("id"), let lat = find("lat"), let lng = find("lng") else {
            throw .missingColumns(missing, header: header.joined(separator: ","))
        }
        self.id = id
        self.lat = lat
        self.lng = lng
        self.zip = find("zip")
    }
}
