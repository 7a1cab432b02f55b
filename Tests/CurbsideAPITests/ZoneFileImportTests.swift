import CurbsideAPI
import CurbsideStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `POST /api/service-zones/import` and `GET /api/service-zones?format=geojson`.
@Suite("Zone file import and export")
struct ZoneFileImportTests {
    static func feature(_ id: String, _ geometry: String, name: String? = nil) -> String {
        #"{"type":"Feature","properties":{"id":"\#(id)","name":"\#(name ?? id)","zip_codes":["57501"]},"geometry":\#(geometry)}"#
    }

    static func collection(_ features: String...) -> String {
        #"{"type":"FeatureCollection","features":["# + features.joined(separator: ",") + "]}"
    }

    static let bowtie = #"{"type":"Polygon","coordinates":[[[-100,45],[-99,46],[-99,45],[-100,46],[-100,45]]]}"#

    @Test func theExportReadsBackUnchangedThroughTheImport() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            let exported = try await client.execute(uri: "/api/service-zones?format=geojson", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/geo+json")
                #expect(response.body.json["type"] as? String == "FeatureCollection")
                let features = response.body.json["features"] as? [[String: Any]] ?? []
                #expect(features.count == 14)
                #expect(features.allSatisfy { ($0["id"] as? String)?.hasPrefix("sz_") == true })
                return response.body
            }
            let zonesBefore = try await client.execute(uri: "/api/service-zones", method: .get, headers: headers) { $0.body.json["data"] as? [[String: Any]] ?? [] }
            try await client.execute(uri: "/api/service-zones/import?mode=replace", method: .post, headers: headers, body: exported) { response in
                #expect(response.status == .ok, "\(response.body.text)")
                #expect(response.body.json["zones"] as? Int == 14)
                #expect(response.body.json["updated"] as? Int == 14)
                #expect(response.body.json["inserted"] as? Int == 0)
                #expect(response.body.json["deleted"] as? Int == 0)
                #expect(response.body.json["mode"] as? String == "replace")
            }
            try await client.execute(uri: "/api/service-zones?format=geojson", method: .get, headers: headers) {
                #expect($0.body == exported)
            }
            // The same zones in the same order, with the same fields; only ring direction may follow RFC 7946.
            let zonesAfter = try await client.execute(uri: "/api/service-zones", method: .get, headers: headers) { $0.body.json["data"] as? [[String: Any]] ?? [] }
            #expect(zonesAfter.map { $0["id"] as? String } == zonesBefore.map { $0["id"] as? String })
            for (before, after) in zip(zonesBefore, zonesAfter) {
                for key in ["name", "priority", "is_active"] { #expect("\(before[key] ?? "")" == "\(after[key] ?? "")") }
                #expect(before["zip_codes"] as? [String] == after["zip_codes"] as? [String])
            }
            try await client.execute(uri: "/match-zone", method: .post, headers: headers, body: #"{"lat":30.2747,"lng":-97.7404}"#.buffer) {
                #expect($0.body.json["zone_id"] as? String == "sz_downtown_core")
            }
        }
    }

    @Test func upsertKeepsOtherZonesAndReplaceRemovesThem() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        let square = ServiceZoneTests.square(lng: -100, lat: 45, half: 0.5)
        let other = try await service.headers("other")
        try await service.app.test(.router) { client in
            let otherCount = try await client.execute(uri: "/api/service-zones?format=geojson", method: .get, headers: other) {
                ($0.body.json["features"] as? [Any])?.count ?? -1
            }
            let upsert = Self.collection(Self.feature("sz_prairie", square), Self.feature("sz_downtown_core", square, name: "Moved"))
            try await client.execute(uri: "/api/service-zones/import", method: .post, headers: headers, body: upsert.buffer) { response in
                #expect(response.status == .ok, "\(response.body.text)")
                #expect(response.body.json["inserted"] as? Int == 1)
                #expect(response.body.json["updated"] as? Int == 1)
                #expect(response.body.json["mode"] as? String == "upsert")
            }
            try await client.execute(uri: "/api/service-zones", method: .get, headers: headers) { #expect($0.body.json["total"] as? Int == 15) }
            try await client.execute(uri: "/api/service-zones/sz_downtown_core", method: .get, headers: headers) {
                #expect($0.body.json["name"] as? String == "Moved")
            }
            let replace = Self.collection(Self.feature("sz_prairie", square))
            try await client.execute(uri: "/api/service-zones/import?mode=replace", method: .post, headers: headers, body: replace.buffer) { response in
                #expect(response.status == .ok)
                #expect(response.body.json["deleted"] as? Int == 14)
                #expect(response.body.json["updated"] as? Int == 1)
            }
            try await client.execute(uri: "/api/service-zones", method: .get, headers: headers) { #expect($0.body.json["total"] as? Int == 1) }
            try await client.execute(uri: "/match-zone", method: .post, headers: headers, body: ServiceZoneTests.probe.buffer) {
                #expect($0.body.json["zone_id"] as? String == "sz_prairie")
            }
            // Another tenant's zones are untouched by acme's replace.
            try await client.execute(uri: "/api/service-zones?format=geojson", method: .get, headers: other) {
                #expect(($0.body.json["features"] as? [Any])?.count == otherCount)
            }
        }
    }

    @Test func aFileWithAnyProblemImportsNothingAndListsEveryProblem() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        let square = ServiceZoneTests.square(lng: -100, lat: 45, half: 0.5)
        let body = Self.collection(
            Self.feature("sz_fine", square), Self.feature("sz_bowtie", Self.bowtie),
            #"{"type":"Feature","properties":{"name":"no id"},"geometry":\#(square)}"#
        )
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/api/service-zones/import?mode=replace", method: .post, headers: headers, body: body.buffer) { response in
                #expect(response.status == .unprocessableContent)
                #expect(errorCode(response.body) == "invalid_zone_file")
                let problems = (response.body.json["error"] as? [String: Any])?["problems"] as? [[String: Any]] ?? []
                #expect(problems.count == 2)
                #expect(problems.first?["feature_index"] as? Int == 1)
                #expect(problems.first?["feature_id"] as? String == "sz_bowtie")
                #expect((problems.first?["message"] as? String)?.contains("Self-intersection") == true)
                #expect(problems.first?["repairable"] as? Bool == true)
                #expect(problems.last?["feature_index"] as? Int == 2)
                #expect(problems.last?["feature_id"] is NSNull)
                #expect(problems.last?["repairable"] as? Bool == false)
            }
            try await client.execute(uri: "/api/service-zones", method: .get, headers: headers) { #expect($0.body.json["total"] as? Int == 14) }
            let repairable = Self.collection(Self.feature("sz_fine", square), Self.feature("sz_bowtie", Self.bowtie))
            try await client.execute(uri: "/api/service-zones/import?repair=true", method: .post, headers: headers, body: repairable.buffer) { response in
                #expect(response.status == .ok, "\(response.body.text)")
                #expect(response.body.json["inserted"] as? Int == 2)
                let repairs = response.body.json["repairs"] as? [[String: Any]] ?? []
                #expect(repairs.first?["feature_id"] as? String == "sz_bowtie")
            }
        }
    }

    @Test func badRequestsAreClearErrors() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        let good = Self.collection(Self.feature("sz_a", ServiceZoneTests.square(lng: -100, lat: 45, half: 0.5)))
        try await service.app.test(.router) { client in
            for (uri, body, status, code) in [
                ("/api/service-zones/import?mode=merge", good, HTTPResponse.Status.badRequest, "invalid_query"),
                ("/api/service-zones/import?repair=maybe", good, .badRequest, "invalid_query"),
                ("/api/service-zones/import?crs=", good, .badRequest, "invalid_query"),
                ("/api/service-zones/import?crs=EPSG:999999", good, .unprocessableContent, "unreadable_zone_file"),
                ("/api/service-zones/import", "", .unprocessableContent, "validation_failed"),
                ("/api/service-zones/import", "not a zone file", .unprocessableContent, "unreadable_zone_file"),
                ("/api/service-zones/import", #"{"type":"Feature"}"#, .unprocessableContent, "unreadable_zone_file"),
                ("/api/service-zones/import?mode=replace", Self.collection(), .unprocessableContent, "unreadable_zone_file"),
            ] {
                try await client.execute(uri: uri, method: .post, headers: headers, body: body.buffer) { response in
                    #expect(response.status == status, "\(uri) \(body): \(response.body.text)")
                    #expect(errorCode(response.body) == code, "\(uri) \(body)")
                }
            }
            try await client.execute(uri: "/api/service-zones?format=kml", method: .get, headers: headers) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/api/service-zones", method: .get, headers: headers) { #expect($0.body.json["total"] as? Int == 14) }
            for role in [Role.viewer, .editor] {
                let limited = try await service.headers(role: role)
                try await client.execute(uri: "/api/service-zones/import", method: .post, headers: limited, body: good.buffer) {
                    #expect($0.status == .forbidden)
                }
            }
        }
    }
}
