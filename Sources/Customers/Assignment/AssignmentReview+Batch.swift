import Foundation
import Synchronization

extension AssignmentReview {
    /// What `assess` gives each of `subjects`, in order, on all cores; a subject in `known` (assessed already in this
    /// pass, e.g. a customer at its first property's point) is not assessed again.
    func assess(
        _ subjects: [Subject], tenant: String, uncertainty: BoundaryUncertainty, known: [Subject: PlacementQuality] = [:]
    ) -> [PlacementQuality] {
        let slices = max(1, min(ProcessInfo.processInfo.activeProcessorCount, subjects.count / 1_000))
        let size = (subjects.count + slices - 1) / max(1, slices)
        let parts = Mutex<[Int: [PlacementQuality]]>([:])
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            let range = (slice * size)..<min(subjects.count, (slice + 1) * size)
            let part = subjects[range].map { known[$0] ?? assess($0, tenant: tenant, uncertainty: uncertainty) }
            parts.withLock { $0[slice] = part }
        }
        return parts.withLock { parts in (0..<slices).flatMap { parts[$0] ?? [] } }
    }
}
