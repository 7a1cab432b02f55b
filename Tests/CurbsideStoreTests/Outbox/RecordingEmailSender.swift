import Customers
import Foundation
import Synchronization

/// An e-mail sender that keeps the idempotency key of every attempt and acts as each attempt's script says:
/// fail, succeed, or hang until the task is cancelled (as if the process died mid-send).
final class RecordingEmailSender: EmailSending {
    enum Step: Sendable {
        case succeed
        case fail(OutboxDeliveryError)
        /// Take the e-mail, then never return: the worker is cancelled while waiting.
        case hang
    }

    private struct State {
        var script: [Step]
        var keys: [String] = []
        var sent: [OutgoingEmail] = []
    }

    private let state: Mutex<State>
    /// Yields the idempotency key of each attempt as it starts.
    let attempts: AsyncStream<String>
    private let continuation: AsyncStream<String>.Continuation

    /// A sender following `script`, one step per attempt, then succeeding.
    init(_ script: [Step] = []) {
        state = Mutex(State(script: script))
        (attempts, continuation) = AsyncStream.makeStream(of: String.self)
    }

    /// The idempotency key of every attempt, in order.
    var keys: [String] { state.withLock { $0.keys } }
    /// The e-mails of the attempts that did not fail.
    var sent: [OutgoingEmail] { state.withLock { $0.sent } }

    func send(_ email: OutgoingEmail, idempotencyKey: String) async throws {
        let step = state.withLock { state -> Step in
            state.keys.append(idempotencyKey)
            let step = state.script.isEmpty ? .succeed : state.script.removeFirst()
            if case .fail = step {} else { state.sent.append(email) }
            return step
        }
        continuation.yield(idempotencyKey)
        switch step {
        case .succeed: return
        case .fail(let error): throw error
        case .hang: try await Task.sleep(for: .seconds(3600))
        }
    }
}
