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
        let crs = options.crs ?? document.crs?.system ?? .wgs84
        var transformer: CoordinateTransformer?
        if !crs.isWGS84LongitudeLatitude {
            do {
                transformer = try CoordinateTransformer(from: crs)
            } catch {
                throw .unusableCRS(error)
            }
        }
        let validator = BoundaryValidator(transformer: transformer, repair: options.repair)
        var zones: [Zone] = []
        var problems: [ZoneFileIssue] = []
        var repairs: [ZoneFileIssue] = []
        var notes: [ZoneFileIssue] = []
        var seen: [String: Int] = [:]
        for (index, lenient) in features.enumerated() {
            func issue(_ message: String) -> ZoneFileIssue {
                ZoneFileIssue(featureIndex: index, featureID: lenient.id, message: message)
            }
            let feature: GeoJSONFeature
            switch lenient.feature {
            case .success(let decoded): feature = decoded
            case .failure(let error):
                problems.append(issue(error.summary))
                continue
            }
            let outcome = Self.zone(from: feature, tenantID: options.tenantID, validator: validator)
            problems += outcome.problems.map {
                ZoneFileIssue(featureIndex: index, featureID: lenient.id, message: $0, repairable: outcome.repairable)
            }
            repairs += outcome.repairs.map(issue)
            notes += outcome.notes.map(issue)
            guard let zone = outcome.zone else { continue }
            if let first = seen[zone.id] {
                problems.append(issue("id \(zone.id) is already used by feature \(first)"))
                continue
            }
            seen[zone.id] = index
            zones.append(zone)
        }
        self.init(zones: zones, problems: problems, repairs: repairs, notes: notes, sourceCRS: crs)
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

    private static func zone(
        from feature: GeoJSONFeature, tenantID: String, validator: BoundaryValidator
    ) -> (zone: Zone?, problems: [String], repairs: [String], notes: [String], repairable: Bool) {
        var problems: [String] = []
        let properties = feature.properties
        let id = (properties?.id ?? feature.id)?.value.trimmingWhitespace()
        if id == nil || id!.isEmpty { problems.append("has no id (properties.id or the feature's id)") }
        var zipCodes: [String] = []
        for zip in properties?.zipCodes?.values ?? [] {
            if let code = ZIPCode.normalize(zip) {
                if !zipCodes.contains(code) { zipCodes.append(code) }
            } else {
                problems.append("zip_codes entry '\(zip)' is not a ZIP code")
            }
        }
        let raw: ZoneBoundary
        switch feature.geometry {
        case nil:
            problems.append("has no geometry; a zone needs a Polygon or MultiPolygon")
            return (nil, problems, [], [], false)
        case .other(let type):
            problems.append("geometry is a \(type); a zone needs a Polygon or MultiPolygon")
            return (nil, problems, [], [], false)
        case .polygon(let rings):
            raw = .polygon(Polygon(exterior: rings.first ?? [], holes: Array(rings.dropFirst())))
        case .multiPolygon(let polygons):
            raw = .multiPolygon(polygons.map { Polygon(exterior: $0.first ?? [], holes: Array($0.dropFirst())) })
        }
        let checked = validator.check(raw)
        problems += checked.problems
        guard problems.isEmpty, let boundary = checked.boundary, let id else {
            return (nil, problems, checked.repairs, checked.notes, checked.repairable)
        }
        let zone = Zone(
            id: String(id),
            tenantID: tenantID,
            name: properties?.name ?? String(id),
            priority: properties?.priority?.value ?? 0,
            isActive: properties?.isActive?.value ?? true,
            zipCodes: zipCodes,
            boundary: boundary
        )
        return (zone, [], checked.repairs, checked.notes, false)
    }
}
