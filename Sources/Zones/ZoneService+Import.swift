import Foundation
import ZoneIndex

extension ZoneService {
    /// Imports the zones of `file` into the tenant, all or nothing: refused with every problem when any feature
    /// cannot be used, or when the file holds no zones; with `.replace`, the file becomes the tenant's whole set.
    public func importFile(_ file: ZoneFile, mode: ZoneImportMode, tenant: String, by author: ZoneAuthor = .unnamed) async throws -> ZoneImportResult {
        guard file.problems.isEmpty else { throw ZoneError.fileProblems(file.problems) }
        guard !file.zones.isEmpty else { throw ZoneError.unreadableFile("it holds no zones") }
        let summary = switch mode {
        case .upsert: try await store.importZones(file.zones, tenant: tenant, by: author)
        case .replace: try await store.replaceZones(file.zones, tenant: tenant, by: author)
        }
        try await changed(tenant: tenant)
        return ZoneImportResult(zones: file.zones.count, summary: summary, repairs: file.repairs, notes: file.notes)
    }

    /// The tenant's zones as an RFC 7946 GeoJSON FeatureCollection, which `importFile` reads back unchanged.
    public func geoJSON(tenant: String) async throws -> Data {
        try ZoneFile.geoJSON(try await store.zones(tenant: tenant))
    }
}
