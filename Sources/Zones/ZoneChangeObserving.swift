/// Told when a tenant's zones have changed and its index has been rebuilt: what depends on the zones (the
/// assessments of the tenant's properties) is brought up to date.
public protocol ZoneChangeObserving: Sendable {
    /// Brings what depends on `tenant`'s zones up to date. It cannot undo the change, which is stored already; what
    /// it fails to do is done at the next start.
    func zonesChanged(tenant: String) async
}
