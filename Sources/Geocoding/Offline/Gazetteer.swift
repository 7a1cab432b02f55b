import Foundation
import Geodesy

/// The US ZIP and places gazetteers shipped with the package (GeoNames, CC BY 4.0).
public struct Gazetteer: Sendable {
    /// A ZIP code's centroid and its USPS city.
    public struct ZIPEntry: Sendable, Equatable {
        public var zip: String
        public var city: String
        public var state: String
        public var latitude: Double
        public var longitude: Double
    }

    /// A populated place's centroid.
    public struct PlaceEntry: Sendable, Equatable {
        public var name: String
        public var state: String
        public var latitude: Double
        public var longitude: Double
        public var population: Int
    }

    /// ZIP code → entry.
    public let zips: [String: ZIPEntry]
    /// `CITY|ST` (normalized city) → the most populous place of that name in the state.
    public let places: [String: PlaceEntry]
    /// `CITY|ST` of every ZIP's city and every place, for telling city words from street words.
    let placeKeys: Set<String>
    /// `CITY|ST` → the mean of the centroids of the ZIPs named for that city.
    private let zipCityCentroids: [String: Coordinate]
    /// Every ZIP, and their indexes by position.
    private let zipList: [ZIPEntry]
    private let zipGrid: PointGrid

    /// A latitude and longitude.
    public struct Coordinate: Sendable, Equatable {
        public var latitude: Double
        public var longitude: Double
    }

    /// The gazetteers shipped in the package's resources, loaded once.
    public static let shipped: Gazetteer = {
        do {
            return try Gazetteer(
                zipCentroids: resource("us_zip_centroids"),
                places: resource("us_places")
            )
        } catch {
            fatalError("the shipped gazetteer resources cannot be read: \(error)")
        }
    }()

    private static func resource(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: "csv") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "\(name).csv"])
        }
        return url
    }

    /// Loads gazetteers in the shipped column layout
    /// (`zip,city,state,county,lat,lng,…` and `geonameid,name,state,lat,lng,population,…`).
    public init(zipCentroids: URL, places placesURL: URL) throws {
        var zips: [String: ZIPEntry] = [:]
        var keys = Set<String>()
        var sums: [String: (lat: Double, lng: Double, count: Double)] = [:]
        for (fields, line) in try CSVReader(contentsOf: zipCentroids) where line > 1 && fields.count >= 6 {
            guard let lat = Double(fields[4]), let lng = Double(fields[5]) else { continue }
            let city = AddressNormalizer.normalizeCity(fields[1])
            zips[fields[0]] = ZIPEntry(zip: fields[0], city: city, state: fields[2], latitude: lat, longitude: lng)
            let key = Self.key(city: city, state: fields[2])
            keys.insert(key)
            let sum = sums[key, default: (0, 0, 0)]
            sums[key] = (sum.lat + lat, sum.lng + lng, sum.count + 1)
        }
        var places: [String: PlaceEntry] = [:]
        for (fields, line) in try CSVReader(contentsOf: placesURL) where line > 1 && fields.count >= 6 {
            guard let lat = Double(fields[3]), let lng = Double(fields[4]) else { continue }
            let name = AddressNormalizer.normalizeCity(fields[1])
            let key = Self.key(city: name, state: fields[2])
            let entry = PlaceEntry(name: name, state: fields[2], latitude: lat, longitude: lng, population: Int(fields[5]) ?? 0)
            if let existing = places[key], existing.population >= entry.population { continue }
            places[key] = entry
            keys.insert(key)
        }
        self.zips = zips
        var grid = PointGrid(cellDegrees: 0.25)
        let zipList = zips.values.sorted { $0.zip < $1.zip }
        for (index, entry) in zipList.enumerated() {
            grid.insert(Int32(index), at: GeoPoint(latitude: entry.latitude, longitude: entry.longitude))
        }
        self.zipList = zipList
        self.zipGrid = grid
        self.places = places
        self.placeKeys = keys
        self.zipCityCentroids = sums.mapValues { Coordinate(latitude: $0.lat / $0.count, longitude: $0.lng / $0.count) }
    }

    static func key(city: String, state: String) -> String { "\(city)|\(state)" }

    /// Whether `city` (normalized) is a known place or ZIP city in `state`.
    public func isKnownCity(_ city: String, state: String) -> Bool {
        placeKeys.contains(Self.key(city: city, state: state))
    }

    /// The centroid of `city` in `state`: the place of that name, else the mean of the ZIP centroids named for it.
    public func cityCentroid(_ city: String, state: String) -> Coordinate? {
        let key = Self.key(city: city, state: state)
        if let place = places[key] { return Coordinate(latitude: place.latitude, longitude: place.longitude) }
        return zipCityCentroids[key]
    }

    /// The ZIP whose centroid is nearest `position`, within `limit` metres, with its distance.
    public func nearestZIP(to position: GeoPoint, within limit: Double) -> (entry: ZIPEntry, distance: Double)? {
        zipGrid.nearest(to: position, limit: limit) { index in
            let entry = zipList[Int(index)]
            return Geodesic.wgs84.distance(position, GeoPoint(latitude: entry.latitude, longitude: entry.longitude))
        }.map { (zipList[Int($0.item)], $0.distance) }
    }
}
