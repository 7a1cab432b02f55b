import Customers
import ServiceLifecycle

/// Delivers the outbox (welcome e-mails, Stripe customers, pending geocodes) every `interval`, once the
/// application has prepared the database. On shutdown the worker gives back its claim on events it did not
/// finish, so another replica delivers them at once instead of when the claim would run out.
struct OutboxService: Service {
    let worker: OutboxWorker
    let interval: Duration
    let started: StartupGate

    func run() async {
        await started.wait()
        await cancelWhenGracefulShutdown { [worker, interval] in await worker.run(every: interval) }
    }
}
