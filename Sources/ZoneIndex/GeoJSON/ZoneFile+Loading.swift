import Foundation

extension ZoneFile {
    /// Reads the zone file at `url`.
    public init(contentsOf url: URL, options: Options = Options()) throws(ZoneFileError) {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw .unreadable(path: url.path, reason: (error as NSError).localizedDescription)
        }
        try self.init(data: data, options: options)
    }

    /// Reads a zone file: every feature becomes a zone or a problem naming the feature.
    public init(data: Data, options: Options = Options()) throws(ZoneFileError) {
        try self.init(data: data, options: options, fastReader: true)
    }

    /// `init(data:options:)`, with the fast reader tried first or not.
    init(data: Data, options: Options, fastReader: Bool) throws(ZoneFileError) {
        let document = try Self.decode(data, fastReader: fastReader)
        guard document.type == "FeatureCollection", let features = document.features else {
            throw .notFeatureCollection(type: document.type)
        }
        var builder = try ZoneFileBuilder(options: options, sourceCRS: options.crs ?? document.crs?.system ?? .wgs84)
        for (index, lenient) in features.enumerated() {
            switch lenient.feature {
            case .success(let feature): builder.add(feature.fields, featureIndex: index)
            case .failure(let error): builder.reject(featureIndex: index, featureID: lenient.id, reason: error.summary)
            }
        }
        self = builder.zoneFile
    }

    private static func decode(_ data: Data, fastReader: Bool) throws(ZoneFileError) -> GeoJSONDocument {
        if fastReader, let document = GeoJSONFastReader.read(data) { return document }
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN"
        )
        do {
            return try decoder.decode(GeoJSONDocument.self, from: data)
        } catch let strictError {
            // Files written by some tools carry bare NaN or Infinity, which JSON5 reads; validation then reports them.
            decoder.allowsJSON5 = true
            if let document = try? decoder.decode(GeoJSONDocument.self, from: data) { return document }
            let reason = (strictError as? DecodingError)?.summary ?? String(describing: strictError)
            throw .notJSON(reason: reason)
        }
    }
}

extension GeoJSONFeature {
    /// The feature's zone attributes and geometry, for `ZoneFileBuilder`.
    var fields: ZoneFeatureFields {
        let geometry: ZoneFeatureFields.Geometry = switch self.geometry {
        case nil: .missing
        case .other(let type): .unsupported(type: type)
        case .polygon(let rings): .boundary(.polygon(Polygon(rings: rings)))
        case .multiPolygon(let polygons): .boundary(.multiPolygon(polygons.map(Polygon.init(rings:))))
        }
        return ZoneFeatureFields(
            id: (properties?.id ?? id)?.value,
            name: properties?.name,
            zipCodes: properties?.zipCodes?.values ?? [],
            priority: properties?.priority?.value,
            isActive: properties?.isActive?.value,
            geometry: geometry,
            idOrigin: "properties.id or the feature's id"
        )
    }
}

private extension Polygon {
    /// The polygon of GeoJSON rings: the exterior first, then the holes.
    init(rings: [[Coordinate]]) {
        self.init(exterior: rings.first ?? [], holes: Array(rings.dropFirst()))
    }
}
