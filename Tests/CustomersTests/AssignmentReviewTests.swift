import Customers
import Testing

/// The review rules: each reason on a record built to have it, and the tenant's uncertainty table.
@Suite("Assignment review")
struct AssignmentReviewTests {
    let zones = MovableZones(covering: "sz_a", zipZone: "sz_zip", boundaryDistance: 500)

    func assess(
        lat: Double? = 30.27, lng: Double? = -97.74, status: GeocodeStatus? = .located, zone: String? = "sz_a",
        precision: PlacementPrecision? = .rooftop, method: ZoneMatchMethod? = .polygon, uncertainty: BoundaryUncertainty = .standard
    ) -> PlacementQuality {
        let subject = AssignmentReview.Subject(
            lat: lat, lng: lng, status: status, zoneID: zone, quality: PlacementQuality(precision: precision, source: "offline", method: method)
        )
        return AssignmentReview(zones: zones).assess(subject, tenant: "acme", uncertainty: uncertainty)
    }

    @Test("a rooftop point well inside its zone is confident, with its boundary distance")
    func confident() {
        let quality = assess()
        #expect(quality.assignment == .confident && quality.reasons.isEmpty)
        #expect(quality.boundaryDistance == 500 && quality.precision == .rooftop && quality.source == "offline")
    }

    @Test("a point nearer a boundary than its precision's uncertainty is near_boundary", arguments: [
        (PlacementPrecision.rooftop, 14.9, true), (.rooftop, 15, false), (.street, 59, true), (.street, 61, false), (.manual, 2.5, true), (.manual, 3.5, false),
    ])
    func nearBoundary(precision: PlacementPrecision, distance: Double, near: Bool) {
        zones.move { $0.boundaryDistance = distance }
        let quality = assess(precision: precision)
        #expect(quality.reasons == (near ? [.nearBoundary] : []))
        #expect(quality.assignment == (near ? .review : .confident))
    }

    @Test("the tenant's uncertainty table decides what is near")
    func tenantUncertainty() {
        zones.move { $0.boundaryDistance = 40 }
        #expect(assess(uncertainty: BoundaryUncertainty(rooftop: 50)).reasons == [.nearBoundary])
        #expect(assess(uncertainty: BoundaryUncertainty(rooftop: 30)).reasons == [])
    }

    @Test("a ZIP or city centroid is a coarse geocode", arguments: [PlacementPrecision.postcode, .city])
    func coarse(precision: PlacementPrecision) {
        #expect(assess(precision: precision).reasons == [.coarseGeocode])
    }

    @Test("the ZIP fallback is zip_only; no zone is outside_zones")
    func zipAndNone() {
        #expect(assess(lat: nil, lng: nil, status: .notFound, zone: "sz_zip", precision: nil, method: .zip).reasons == [.zipOnly])
        zones.move { $0.covering = nil }
        #expect(assess(zone: nil, method: ZoneMatchMethod.none).reasons == [.outsideZones])
    }

    @Test("a zone that no longer covers the point is zone_mismatch; a pinned zone is left alone")
    func mismatch() {
        zones.move { $0.covering = "sz_b" }
        #expect(assess().reasons == [.zoneMismatch])
        #expect(assess(method: .manual).reasons == [])
        // A point in no zone then, in one now.
        #expect(assess(zone: nil, method: ZoneMatchMethod.none).reasons == [.outsideZones, .zoneMismatch])
    }

    @Test("an address waiting for the geocoder is geocode_pending")
    func pending() {
        zones.move { $0.covering = nil }
        let quality = assess(lat: nil, lng: nil, status: .pending, zone: "sz_zip", precision: nil, method: .zip)
        #expect(quality.reasons == [.geocodePending, .zipOnly] && quality.boundaryDistance == nil)
    }

    @Test("a record from before methods were kept gets one from its zone and point")
    func legacy() {
        #expect(assess(precision: nil, method: nil).method == .polygon)
        #expect(assess(lat: nil, lng: nil, precision: nil, method: nil).method == .zip)
        #expect(assess(zone: nil, precision: nil, method: nil).method == ZoneMatchMethod.none)
    }
}
