import Foundation
import Zones
import Hummingbird
import ZoneIndex

/// `POST /match-zone` and `POST /match-zone/batch`.
struct MatchZoneController {
    let zones: ZoneIndexRegistry
    let metrics: APIMetrics

    static let emptyPoint = "give lat and lng, or zip (or all three)"

    /// The most points one JSON batch may hold; NDJSON has no limit.
    static let maximumBatchSize = 100_000

    var routes: RouteCollection<TenantRequestContext> {
        let routes = RouteCollection(context: TenantRequestContext.self)
        routes.post(use: matchOne)
        routes.post("batch", use: matchBatch)
        return routes
    }

    struct PointRequest: Decodable, Equatable {
        var id: FlexibleID?
        var lat: Double?
        var lng: Double?
        var zip: String?
    }

    struct BatchRequest: Decodable {
        var points: [PointRequest]
    }

    /// The tenant's index, or, with the query's `as_of`, the index of the set in effect then.
    func index(tenant: String, request: Request) async throws -> ZoneIndex {
        guard request.uri.query != nil, let text = FormQuery(request)["as_of"] else { return zones.index(for: tenant) }
        // A `+` offset sent unescaped arrives as a space.
        guard let date = RFC3339Date.parse(text) ?? RFC3339Date.parse(text.replacingOccurrences(of: " ", with: "+")) else {
            throw APIError.validation("as_of must be an RFC 3339 date-time such as 2026-03-01T00:00:00Z, not '\(text)'")
        }
        guard let snapshot = try await zones.index(for: tenant, asOf: date) else { throw ZoneError.noVersionAt(text) }
        return snapshot.index
    }

    @Sendable func matchOne(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let point = try Self.decodePoint(body)
        guard point.lat != nil || point.lng != nil || point.zip != nil else { throw APIError.validation(Self.emptyPoint) }
        var output = ByteBuffer()
        let index = try await self.index(tenant: tenant, request: request)
        if try MatchDetailQuery.requested(request) {
            let detail = try index.matchDetail(lat: point.lat, lng: point.lng, zip: point.zip)
            metrics.recordMatch(detail.match.method)
            output.reserveCapacity(256)
            MatchResultJSON.append(id: nil, detail: detail, hasPoint: point.lat != nil, to: &output)
            return Response(status: .ok, headers: Self.jsonHeaders, body: .init(byteBuffer: output))
        }
        let match = try index.match(lat: point.lat, lng: point.lng, zip: point.zip)
        metrics.recordMatch(match.method)
        output.reserveCapacity(128)
        MatchResultJSON.append(id: nil, match: match, to: &output)
        return Response(status: .ok, headers: Self.jsonHeaders, body: .init(byteBuffer: output))
    }

    static let jsonHeaders: HTTPFields = [.contentType: "application/json; charset=utf-8"]

    /// The threads a JSON batch of `count` points is matched on: every core for large batches.
    static func batchThreads(_ count: Int) -> Int {
        count < 4_096 ? 1 : ProcessInfo.processInfo.activeProcessorCount
    }

    /// The point in `body`, read by `PointJSONParser` or, for anything it leaves, by `JSONDecoder`.
    static func decodePoint(_ body: ByteBuffer) throws -> PointRequest {
        if let parsed = body.readableBytesView.withContiguousStorageIfAvailable({ PointJSONParser.point($0) }), let point = parsed {
            return point
        }
        return try JSONBody.decode(PointRequest.self, from: body)
    }

    /// The batch in `body`, read by `PointJSONParser` or, for anything it leaves, by `JSONDecoder`.
    static func decodeBatch(_ body: ByteBuffer) throws -> BatchRequest {
        if let parsed = body.readableBytesView.withContiguousStorageIfAvailable({ PointJSONParser.batch($0) }), let points = parsed {
            return BatchRequest(points: points)
        }
        return try JSONBody.decode(BatchRequest.self, from: body)
    }

    @Sendable func matchBatch(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let detail = try MatchDetailQuery.requested(request)
        if let type = request.headers[.contentType], type.lowercased().hasPrefix("application/x-ndjson") {
            return streamNDJSON(request, index: try await index(tenant: tenant, request: request), detail: detail)
        }
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let batch = try Self.decodeBatch(body)
        guard batch.points.count <= Self.maximumBatchSize else {
            throw APIError(
                .contentTooLarge, code: "batch_too_large",
                message: "a batch holds at most \(Self.maximumBatchSize) points (got \(batch.points.count)); use application/x-ndjson for more"
            )
        }
        var queries: [ZonePointQuery] = []
        queries.reserveCapacity(batch.points.count)
        for (offset, point) in batch.points.enumerated() {
            guard point.lat != nil || point.lng != nil || point.zip != nil else { throw APIError.validation("points[\(offset)]: \(Self.emptyPoint)") }
            do {
                queries.append(try ZonePointQuery(lat: point.lat, lng: point.lng, zip: point.zip))
            } catch {
                throw APIError.validation("points[\(offset)]: \(error)")
            }
        }
        let index = try await self.index(tenant: tenant, request: request)
        var answers = PointBatchAnswers(index: index, detail: detail)
        let outcomes = answers.outcomes(for: queries, threads: Self.batchThreads(queries.count))
        var output = ByteBuffer()
        output.reserveCapacity(outcomes.count * 80 + 16)
        output.writeStaticString("{\"results\":[")
        var counts: [MatchMethod: Int] = [:]
        for (offset, (point, outcome)) in zip(batch.points, outcomes).enumerated() {
            if offset > 0 { output.writeInteger(UInt8(ascii: ",")) }
            guard let method = answers.appendResult(id: point.id, outcome: outcome, to: &output) else {
                if case .failed(let error) = outcome { throw error }
                continue
            }
            counts[method, default: 0] += 1
        }
        output.writeStaticString("]}")
        metrics.recordMatches(counts)
        return Response(status: .ok, headers: Self.jsonHeaders, body: .init(byteBuffer: output))
    }
}

/// A point id as sent: a string or a number, echoed back as given.
enum FlexibleID: Codable, Equatable {
    case string(String)
    case number(Double)

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            throw DecodingError.typeMismatch(String.self, .init(codingPath: decoder.codingPath, debugDescription: "id must be a string or number"))
        }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .number(let number):
            if number.rounded() == number, abs(number) < 1e15 { try container.encode(Int64(number)) } else { try container.encode(number) }
        }
    }
}
