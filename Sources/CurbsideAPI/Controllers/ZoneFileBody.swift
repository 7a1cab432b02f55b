import Foundation
import Hummingbird
import NIOCore
import ZoneFormats
import ZoneIndex
import Zones

/// A zone file sent as a request body, in any format `curbside zones import` reads, told by its first bytes or by
/// its `Content-Type`, with the reading options of the query (`layer`, `id_field`, `name_field`, `zip_field`,
/// `priority_field`, `active_field`, `crs`, `repair`) and how to import it (`mode`).
struct ZoneFileBody {
    /// The largest zone file an import reads (bodies of other routes stay at `TenantRequestContext.maximumBodySize`).
    static let maximumSize = 256 << 20

    var file: ZoneFile
    var mode: ZoneImportMode

    /// Whether `contentType` is one a zone file is sent as: a format's own, or plain bytes.
    static func acceptedMediaType(_ contentType: String) -> Bool {
        let type = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return type == "application/octet-stream" || ZoneFileReader.mediaTypes.contains(type)
    }

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
        var fields = ZoneFieldMapping()
        for field in ZoneField.allCases {
            guard let name = query["\(field.rawValue)_field"] else { continue }
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw APIError.badQuery("\(field.rawValue)_field must not be empty") }
            switch field {
            case .id: fields.id = name
            case .name: fields.name = name
            case .zip: fields.zip = name
            case .priority: fields.priority = name
            case .active: fields.active = name
            }
        }
        let layer = query["layer"]
        if let layer, layer.isEmpty { throw APIError.badQuery("layer must not be empty") }
        let reader = ZoneFileReader(layer: layer, fields: fields, options: ZoneFile.Options(tenantID: tenant, crs: crs, repair: repair))
        let hint = request.headers[.contentType]
        let read = Result { () throws(ZoneSourceError) -> ZoneFile in try reader.read(data, hint: hint) }
        switch read {
        case .success(let file):
            self.file = file
        case .failure(.unknownFormat(let detail)):
            // A body sent as a zone file (or as bytes) that is none is unprocessable; another media type is not ours.
            let message = ZoneSourceError.unknownFormat(detail).description
            if let hint, !Self.acceptedMediaType(hint) {
                throw APIError(.unsupportedMediaType, code: "unsupported_media_type", message: message)
            }
            throw APIError(.unprocessableContent, code: "unknown_zone_format", message: message)
        case .failure(let error):
            throw ZoneError.unreadableFile(error.description)
        }
    }
}
