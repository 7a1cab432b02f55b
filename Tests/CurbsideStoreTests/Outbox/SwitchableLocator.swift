import Customers
import Geocoding
import Synchronization

/// A geocoder that is up or down as the test says; when up, every address is at the same point, or, once told so,
/// found only to its region (too coarse).
final class SwitchableLocator: AddressLocating {
    static let lat = 30.255
    static let lng = -97.745

    private let up: Mutex<Bool>
    private let coarse = Mutex(false)
    private let calls = Mutex(0)

    init(up: Bool) {
        self.up = Mutex(up)
    }

    func set(up value: Bool) { up.withLock { $0 = value } }
    /// Whether, when up, every address is found only to its region.
    func set(coarse value: Bool) { coarse.withLock { $0 = value } }
    var callCount: Int { calls.withLock { $0 } }

    func locate(_ address: ParsedAddress) async -> AddressLocation {
        calls.withLock { $0 += 1 }
        guard up.withLock({ $0 }) else { return .unavailable }
        return coarse.withLock { $0 } ? .tooCoarse : .located(lat: Self.lat, lng: Self.lng, zip: address.zip)
    }
}
