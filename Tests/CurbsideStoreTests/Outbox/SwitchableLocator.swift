import Customers
import Geocoding
import Synchronization

/// A geocoder that is up or down as the test says; when up, every address is at the same point.
final class SwitchableLocator: AddressLocating {
    static let lat = 30.255
    static let lng = -97.745

    private let up: Mutex<Bool>
    private let calls = Mutex(0)

    init(up: Bool) {
        self.up = Mutex(up)
    }

    func set(up value: Bool) { up.withLock { $0 = value } }
    var callCount: Int { calls.withLock { $0 } }

    func locate(_ address: ParsedAddress) async -> AddressLocation {
        calls.withLock { $0 += 1 }
        return up.withLock { $0 } ? .located(lat: Self.lat, lng: Self.lng, zip: address.zip) : .unavailable
    }
}
