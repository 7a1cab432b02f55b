import CGEOS

/// A reentrant GEOS context that collects the error messages GEOS reports through it.
///
/// A context is used by one thread at a time; every GEOS object created through it keeps it alive.
package final class GEOSContext {
    package let handle: GEOSContextHandle_t
    private var messages: [String] = []

    package init() {
        guard let handle = GEOS_init_r() else {
            fatalError("GEOS_init_r returned NULL: out of memory")
        }
        self.handle = handle
        GEOSContext_setErrorMessageHandler_r(
            handle,
            { message, userData in
                guard let message, let userData else { return }
                let context = Unmanaged<GEOSContext>.fromOpaque(userData).takeUnretainedValue()
                context.messages.append(String(cString: message))
            },
            Unmanaged.passUnretained(self).toOpaque()
        )
    }

    deinit {
        GEOS_finish_r(handle)
    }

    /// The error GEOS reported for `operation`, clearing the collected messages.
    package func error(_ operation: String) -> GEOSError {
        let message = messages.last ?? "GEOS reported a failure without a message"
        messages.removeAll(keepingCapacity: true)
        return GEOSError(operation: operation, message: message)
    }
}

/// A failure reported by GEOS.
public struct GEOSError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The GEOS operation that failed.
    public let operation: String
    /// GEOS's own explanation.
    public let message: String

    public var description: String { "\(operation): \(message)" }
}
