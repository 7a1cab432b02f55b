import Customers

/// The columns of `properties` and `customers` that keep a `PlacementQuality`.
struct PlacementQualityColumns: Hashable, Sendable {
    var geocodePrecision: PlacementPrecision?
    var geocodeSource: String?
    var geocodeConfidence: Double?
    var zoneMatchMethod: ZoneMatchMethod?
    var boundaryDistance: Double?
    var assignment: Assignment?
    /// The reasons joined by commas (`near_boundary,zip_only`); nil for none.
    var assignmentReasons: String?

    init(_ quality: PlacementQuality) {
        geocodePrecision = quality.precision
        geocodeSource = quality.source
        geocodeConfidence = quality.confidence
        zoneMatchMethod = quality.method
        boundaryDistance = quality.boundaryDistance
        assignment = quality.assignment
        assignmentReasons = quality.reasons.isEmpty ? nil : quality.reasons.map(\.rawValue).joined(separator: ",")
    }

    init(
        precision: PlacementPrecision?, source: String?, confidence: Double?, method: ZoneMatchMethod?, boundaryDistance: Double?,
        assignment: Assignment?, reasons: String?
    ) {
        geocodePrecision = precision
        geocodeSource = source
        geocodeConfidence = confidence
        zoneMatchMethod = method
        self.boundaryDistance = boundaryDistance
        self.assignment = assignment
        assignmentReasons = reasons
    }

    /// The quality these columns keep; reasons this version does not know are left out.
    var quality: PlacementQuality {
        PlacementQuality(
            precision: geocodePrecision, source: geocodeSource, confidence: geocodeConfidence, method: zoneMatchMethod,
            boundaryDistance: boundaryDistance, assignment: assignment,
            reasons: (assignmentReasons ?? "").split(separator: ",").compactMap { AssignmentReason(rawValue: String($0)) }
        )
    }
}

/// A row with the seven columns that keep a `PlacementQuality` (`customers`, `properties`).
protocol KeepsPlacementQuality {
    var geocodePrecision: PlacementPrecision? { get set }
    var geocodeSource: String? { get set }
    var geocodeConfidence: Double? { get set }
    var zoneMatchMethod: ZoneMatchMethod? { get set }
    var boundaryDistance: Double? { get set }
    var assignment: Assignment? { get set }
    var assignmentReasons: String? { get set }
}

extension KeepsPlacementQuality {
    /// The quality the row's columns keep.
    var placementQuality: PlacementQuality {
        get {
            PlacementQualityColumns(
                precision: geocodePrecision, source: geocodeSource, confidence: geocodeConfidence, method: zoneMatchMethod,
                boundaryDistance: boundaryDistance, assignment: assignment, reasons: assignmentReasons
            ).quality
        }
        set {
            let columns = PlacementQualityColumns(newValue)
            geocodePrecision = columns.geocodePrecision
            geocodeSource = columns.geocodeSource
            geocodeConfidence = columns.geocodeConfidence
            zoneMatchMethod = columns.zoneMatchMethod
            boundaryDistance = columns.boundaryDistance
            assignment = columns.assignment
            assignmentReasons = columns.assignmentReasons
        }
    }
}
