import Customers
import ServiceLifecycle

/// Delivers queued webhook events every `interval` (at once again after a full batch), once the application has
/// prepared the database; a shutdown stops it between batches, and what it claimed is due again when the claim
/// runs out.
struct WebhookDeliveryService: Service {
    let worker: WebhookWorker
    let interval: Duration
    let started: StartupGate

    func run() async {
        await started.wait()
        await cancelWhenGracefulShutdown { [worker, interval] in await worker.run(every: interval) }
    }
}
