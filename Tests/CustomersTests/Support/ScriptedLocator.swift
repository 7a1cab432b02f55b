import Customers
import Geocoding
import Synchronization

/// An `AddressLocating` that answers from a script: each address (by its normalized key) has its answer, every
/// other address the fallback. It remembers what it was asked.
final class ScriptedLocator: AddressLocating {
    private struct Script {
        var answers: [String: AddressLocation] = [:]
        var fallback: AddressLocation
        var asked: [ParsedAddress] = []
        var whileLocating: (@Sendable () async -> Void)?
    }

    private let script: Mutex<Script>

    init(otherwise fallback: AddressLocation = .notFound) {
        script = Mutex(Script(fallback: fallback))
    }

    func locate(_ address: ParsedAddress) async -> AddressLocation {
        let (answer, work) = script.withLock { script in
            script.asked.append(address)
            return (script.answers[address.key] ?? script.fallback, script.whileLocating)
        }
        await work?()
        return answer
    }

    /// Answers `address` (as a client would type it) with `location`.
    func answer(_ address: String, with location: AddressLocation) {
        let key = Self.key(address)
        script.withLock { $0.answers[key] = location }
    }

    /// Answers every address with `location` (the geocoder being down, say).
    func answerEverything(with location: AddressLocation) {
        script.withLock {
            $0.answers = [:]
            $0.fallback = location
        }
    }

    /// Runs `work` during every later lookup, before it answers: what happens elsewhere while the geocoder is slow.
    func whileLocating(_ work: @escaping @Sendable () async -> Void) {
        script.withLock { $0.whileLocating = work }
    }

    /// The normalized keys of the addresses asked for, in order.
    var asked: [String] { script.withLock { $0.asked.map(\.key) } }

    /// The normalized key of `address`.
    static func key(_ address: String) -> String {
        (try? AddressNormalizer().parse(address).key) ?? address
    }
}
