import Geocoding

/// Where an address is and which zone serves it: the outcome of geocoding and zone matching.
struct Placement: Sendable, Equatable {
    var addressKey: String?
    var lat: Double?
    var lng: Double?
    var status: GeocodeStatus
    var zoneID: String?
    /// How the point and the zone were found (precision, source, confidence, method); the rest is assessed when the
    /// record is written (`AssignmentReview`).
    var quality = PlacementQuality.unknown
}

/// Geocoding and zone matching for customers and properties.
struct Placer: Sendable {
    let locator: any AddressLocating
    let zones: any ZoneMatching
    let normalizer: AddressNormalizer

    /// Places `address`: with the given coordinates (`manual`), else by geocoding; then the zone, unless one is given.
    /// A geocoder that is down leaves the coordinates empty and the status `pending`, so the record is kept and
    /// placed later. An address the geocoder does not know (`notFound`), or locates only to its region or country
    /// (`tooCoarse`), has no coordinates; its zone can still come from its ZIP code.
    func place(address: String, lat: Double?, lng: Double?, zoneID: String?, tenant: String) async throws(CustomerError) -> Placement {
        let parsed: ParsedAddress
        do { parsed = try normalizer.parse(address) } catch {
            throw .invalid(field: "address", reason: "cannot be parsed: \(error.reason)")
        }
        var placement = Placement(addressKey: parsed.key, status: .pending)
        var zip = parsed.zip
        switch (lat, lng) {
        case let (lat?, lng?):
            try Self.validate(lat: lat, lng: lng)
            placement.lat = lat
            placement.lng = lng
            placement.status = .manual
            placement.quality = PlacementQuality(precision: .manual, source: "manual")
        case (nil, nil):
            switch await locator.locate(parsed) {
            case .located(let lat, let lng, let found, let quality):
                zip = zip ?? found
                placement.lat = lat
                placement.lng = lng
                placement.status = .located
                placement.quality = quality
            case .tooCoarse:
                placement.status = .tooCoarse
            case .notFound:
                placement.status = .notFound
            case .unavailable:
                placement.status = .pending
            }
        case (nil, _):
            throw .invalid(field: "lat", reason: "is required with lng")
        case (_, nil):
            throw .invalid(field: "lng", reason: "is required with lat")
        }
        if let zoneID {
            placement.zoneID = zoneID
            placement.quality.method = .manual
        } else {
            let assessment = zones.assess(tenant: tenant, lat: placement.lat, lng: placement.lng, zip: zip)
            placement.zoneID = assessment.zoneID
            placement.quality.method = assessment.method
        }
        return placement
    }

    static func validate(lat: Double, lng: Double) throws(CustomerError) {
        guard lat.isFinite, (-90...90).contains(lat) else { throw .invalid(field: "lat", reason: "must be between -90 and 90") }
        guard lng.isFinite, (-180...180).contains(lng) else { throw .invalid(field: "lng", reason: "must be between -180 and 180") }
    }
}
