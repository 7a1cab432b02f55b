import Foundation
import ZoneIndex

/// The rules of a tenant's service zones: what a zone must satisfy to be stored, and that every change is in the
/// tenant's index before the call returns, so the next match sees it.
public struct ZoneService: Sendable {
    public let store: any ZoneStoring
    public let registry: ZoneIndexRegistry
    /// Told of each change once the tenant's index has it.
    public let observer: (any ZoneChangeObserving)?

    public init(store: any ZoneStoring, registry: ZoneIndexRegistry, observer: (any ZoneChangeObserving)? = nil) {
        self.store = store
        self.registry = registry
        self.observer = observer
    }

    /// Rebuilds the tenant's index after a change, then tells the observer.
    public func changed(tenant: String) async throws {
        try await registry.reload(tenant: tenant)
        await observer?.zonesChanged(tenant: tenant)
    }

    /// The tenant's zones in definition order.
    public func zones(tenant: String) async throws -> [Zone] {
        try await store.zones(tenant: tenant)
    }

    /// The tenant's zone `id`.
    public func zone(id: String, tenant: String) async throws -> Zone {
        guard let zone = try await store.zone(id: id, tenant: tenant) else { throw ZoneError.notFound(id: id) }
        return zone
    }

    /// Adds the zone `draft` describes (with a new id when it names none) after the tenant's others.
    public func create(_ draft: ZoneDraft, tenant: String, by author: ZoneAuthor = .unnamed) async throws -> Zone {
        if let id = draft.id, !ZoneID.isValid(id) {
            throw ZoneError.invalid("id must start with sz_ and hold only letters, digits, _ and - (at most 64 characters)")
        }
        let zone = try Self.zone(from: draft, id: draft.id ?? ZoneID.make(), tenant: tenant)
        do {
            try await store.insert(zone, by: author)
        } catch ZoneStoreError.duplicateID(let id) {
            throw ZoneError.duplicateID(id)
        }
        try await changed(tenant: tenant)
        return zone
    }

    /// Replaces the tenant's zone `id` with the one `draft` describes, keeping its place in the order.
    public func replace(id: String, with draft: ZoneDraft, tenant: String, by author: ZoneAuthor = .unnamed) async throws -> Zone {
        if let bodyID = draft.id, bodyID != id { throw ZoneError.invalid("id in the body (\(bodyID)) differs from the path (\(id))") }
        let zone = try Self.zone(from: draft, id: id, tenant: tenant)
        guard try await store.update(zone, by: author) else { throw ZoneError.notFound(id: id) }
        try await changed(tenant: tenant)
        return zone
    }

    /// Removes the tenant's zone `id` (route templates that named it keep no zone).
    public func delete(id: String, tenant: String, by author: ZoneAuthor = .unnamed) async throws {
        guard try await store.delete(id: id, tenant: tenant, by: author) else { throw ZoneError.notFound(id: id) }
        try await changed(tenant: tenant)
    }

    /// The zone `draft` describes: the name trimmed, ZIP codes normalized without repeats, the boundary valid.
    public static func zone(from draft: ZoneDraft, id: String, tenant: String) throws(ZoneError) -> Zone {
        let name = draft.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw .invalid("name must not be empty") }
        var zips: [String] = []
        for (offset, zip) in (draft.zipCodes ?? []).enumerated() {
            guard let code = ZIPCode.normalize(zip) else { throw .invalid("zip_codes[\(offset)] '\(zip)' is not a ZIP code") }
            if !zips.contains(code) { zips.append(code) }
        }
        let boundary: ZoneBoundary
        do { boundary = try draft.boundary.validated() } catch { throw .invalidBoundary("\(error)") }
        return Zone(
            id: id, tenantID: tenant, name: name, priority: draft.priority ?? 0, isActive: draft.isActive ?? true, zipCodes: zips,
            boundary: boundary
        )
    }
}
