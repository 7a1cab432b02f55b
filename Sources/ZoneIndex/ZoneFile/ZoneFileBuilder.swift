/// Makes a `ZoneFile` from features read in any format, under the rules every format shares: an id is required
/// and unique, ZIP codes are normalised, the geometry must be a Polygon or MultiPolygon, and `BoundaryValidator`
/// reprojects, checks and (with `repair`) fixes the boundary.
package struct ZoneFileBuilder {
    private let tenantID: String
    private let sourceCRS: CoordinateReferenceSystem
    private let validator: BoundaryValidator
    private var zones: [Zone] = []
    private var problems: [ZoneFileIssue] = []
    private var repairs: [ZoneFileIssue] = []
    private var notes: [ZoneFileIssue] = []
    private var seen: [String: Int] = [:]

    /// A builder for features whose coordinates are in `sourceCRS`.
    ///
    /// - Throws: `ZoneFileError.unusableCRS` when PROJ cannot transform from `sourceCRS` to WGS84.
    package init(options: ZoneFile.Options, sourceCRS: CoordinateReferenceSystem) throws(ZoneFileError) {
        var transformer: CoordinateTransformer?
        if !sourceCRS.isWGS84LongitudeLatitude {
            do {
                transformer = try CoordinateTransformer(from: sourceCRS)
            } catch {
                throw .unusableCRS(error)
            }
        }
        tenantID = options.tenantID
        self.sourceCRS = sourceCRS
        validator = BoundaryValidator(transformer: transformer, repair: options.repair)
    }

    /// The zones, problems, repairs and notes of every feature added so far.
    package var zoneFile: ZoneFile {
        ZoneFile(zones: zones, problems: problems, repairs: repairs, notes: notes, sourceCRS: sourceCRS)
    }

    /// Records a feature that could not be read at all.
    package mutating func reject(featureIndex: Int, featureID: String?, reason: String) {
        problems.append(ZoneFileIssue(featureIndex: featureIndex, featureID: featureID, message: reason))
    }

    /// Adds the feature at `featureIndex`: a zone, or the problems that keep it from being one.
    package mutating func add(_ fields: ZoneFeatureFields, featureIndex: Int) {
        func issue(_ message: String) -> ZoneFileIssue {
            ZoneFileIssue(featureIndex: featureIndex, featureID: fields.id, message: message)
        }
        let outcome = zone(from: fields)
        problems += outcome.problems.map {
            ZoneFileIssue(featureIndex: featureIndex, featureID: fields.id, message: $0, repairable: outcome.repairable)
        }
        repairs += outcome.repairs.map(issue)
        notes += outcome.notes.map(issue)
        guard let zone = outcome.zone else { return }
        if let first = seen[zone.id] {
            problems.append(issue("id \(zone.id) is already used by feature \(first)"))
            return
        }
        seen[zone.id] = featureIndex
        zones.append(zone)
    }

    /// The zone of `fields`, or the problems keeping it from being one (`repairable` when repair would fix them all
    /// of the boundary's), with the repairs and notes of its boundary.
    private func zone(
        from fields: ZoneFeatureFields
    ) -> (zone: Zone?, problems: [String], repairs: [String], notes: [String], repairable: Bool) {
        var problems: [String] = []
        let id = fields.id?.trimmingWhitespace()
        if id == nil || id!.isEmpty { problems.append("has no id (\(fields.idOrigin))") }
        var zipCodes: [String] = []
        for zip in fields.zipCodes {
            if let code = ZIPCode.normalize(zip) {
                if !zipCodes.contains(code) { zipCodes.append(code) }
            } else {
                problems.append("\(fields.zipField) entry '\(zip)' is not a ZIP code")
            }
        }
        problems += fields.problems
        let raw: ZoneBoundary
        switch fields.geometry {
        case .missing:
            problems.append("has no geometry; a zone needs a Polygon or MultiPolygon")
            return (nil, problems, [], [], false)
        case .unsupported(let type):
            problems.append("geometry is a \(type); a zone needs a Polygon or MultiPolygon")
            return (nil, problems, [], [], false)
        case .boundary(let boundary):
            raw = boundary
        }
        let checked = validator.check(raw)
        problems += checked.problems
        guard problems.isEmpty, let boundary = checked.boundary, let id else {
            return (nil, problems, checked.repairs, checked.notes, checked.repairable)
        }
        let zone = Zone(
            id: String(id),
            tenantID: tenantID,
            name: fields.name ?? String(id),
            priority: fields.priority ?? 0,
            isActive: fields.isActive ?? true,
            zipCodes: zipCodes,
            boundary: boundary
        )
        return (zone, [], checked.repairs, checked.notes, false)
    }
}
