import Foundation
import Hummingbird
import NIOCore
import ZoneIndex
import Zones

/// A zone file sent as a request body, read by its `Content-Type` (or sniffed) with the reading options of the
/// query: `crs`, `repair`, and how to import it (`mode`).
struct ZoneFileBody {
    /// The largest zone file an import reads (bodies of other routes stay at `TenantRequestContext.maximumBodySize`).
    static let maximumSize = 256 << 20

    var file: ZoneFile
    var mode: ZoneImportMode

    init(_ request: Request, tenant: String) async throws {
        let query = FormQuery(request)
        guard let mode = ZoneImportMode(rawValue: query["mode"] ?? "upsert") else {
            throw APIError.badQuery("mode must be upsert or replace")
        }
        self.mode = mode
        let repair: Bool
        switch query["repair"]?.lowercased() {
        case nil, "false", "0": repair = false
        case "true", "1", "": repair = true
        default: throw APIError.badQuery("repair must be true or false")
        }
        let crs = try query["crs"].map { name -> CoordinateReferenceSystem in
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw APIError.badQuery("crs must not be empty") }
            return CoordinateReferenceSystem(name: name)
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: Self.maximumSize)
        } catch is NIOTooManyBytesError {
            throw APIError(.contentTooLarge, code: "body_too_large", message: "a zone file may be at most \(Self.maximumSize) bytes")
        }
        guard body.readableBytes > 0 else { throw APIError.validation("the body is empty; send a zone file") }
        let data = Data(buffer: body, byteTransferStrategy: .noCopy)
        let options = ZoneFile.Options(tenantID: tenant, crs: crs, repair: repair)
        do {
            file = try ZoneFile(data: data, options: options)
        } catch {
            throw ZoneError.unreadableFile(String(describing: error))
        }
    }
}
