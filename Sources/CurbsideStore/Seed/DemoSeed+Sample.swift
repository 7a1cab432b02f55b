import Foundation
import ZoneIndex

extension DemoSeed {
    /// The Austin sample zones that ship with Curbside (`zones/austin.geojson` in the repository), as `tenant`'s;
    /// read from the package's resources, so an installed binary seeds them from any directory.
    public static func sampleZones(tenant: String) throws -> [Zone] {
        guard let url = Bundle.module.url(forResource: "austin", withExtension: "geojson") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "the Austin sample is missing from the resources"])
        }
        return try ZoneFile(contentsOf: url, options: .init(tenantID: tenant)).zones
    }
}
