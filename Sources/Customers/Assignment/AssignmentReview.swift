/// Decides how far a record's zone can be trusted: its boundary distance, its review reasons and its assignment.
public struct AssignmentReview: Sendable {
    let zones: any ZoneMatching

    public init(zones: any ZoneMatching) {
        self.zones = zones
    }

    /// What a record stands for here: where it is, how it was placed, and the zone it has.
    public struct Subject: Sendable, Hashable {
        public var lat: Double?
        public var lng: Double?
        public var status: GeocodeStatus?
        public var zoneID: String?
        public var quality: PlacementQuality

        public init(lat: Double?, lng: Double?, status: GeocodeStatus?, zoneID: String?, quality: PlacementQuality) {
            self.lat = lat
            self.lng = lng
            self.status = status
            self.zoneID = zoneID
            self.quality = quality
        }
    }

    /// `subject`'s quality with the boundary distance, reasons and assignment the tenant's zones give it now. A
    /// record placed before methods were kept gets one: `polygon` when its zone covers its point or it has a point,
    /// `zip` when it has a zone and no point, else `none`.
    public func assess(_ subject: Subject, tenant: String, uncertainty: BoundaryUncertainty) -> PlacementQuality {
        var quality = subject.quality
        var reasons = Set<AssignmentReason>()
        var pointZone: String?
        quality.boundaryDistance = nil
        if let lat = subject.lat, let lng = subject.lng {
            let assessment = zones.assess(tenant: tenant, lat: lat, lng: lng, zip: nil)
            quality.boundaryDistance = assessment.boundaryDistance
            pointZone = assessment.method == .polygon ? assessment.zoneID : nil
        }
        let hasPoint = subject.lat != nil && subject.lng != nil
        let method = quality.method ?? (subject.zoneID == nil ? .none : hasPoint ? .polygon : .zip)
        quality.method = method
        if subject.status == .pending { reasons.insert(.geocodePending) }
        if quality.precision == .postcode || quality.precision == .city { reasons.insert(.coarseGeocode) }
        switch (method, subject.zoneID) {
        case (_, nil) where method != .none:
            reasons.insert(.outsideZones)
        case (.none, _):
            reasons.insert(.outsideZones)
            if pointZone != nil { reasons.insert(.zoneMismatch) }
        case (.zip, _):
            reasons.insert(.zipOnly)
        case (.polygon, let zoneID?):
            if let lat = subject.lat, let lng = subject.lng, zones.covers(zoneID: zoneID, tenant: tenant, lat: lat, lng: lng) != true {
                reasons.insert(.zoneMismatch)
            }
        case (.polygon, nil), (.manual, _):
            break
        }
        if method != .manual, let precision = quality.precision, let limit = uncertainty.metres(for: precision),
           let distance = quality.boundaryDistance, distance < limit {
            reasons.insert(.nearBoundary)
        }
        quality.reasons = reasons.sorted()
        quality.assignment = reasons.isEmpty ? .confident : .review
        return quality
    }
}
