import CurbsideStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Zone administration")
struct ServiceZoneTests {
    /// A square centred on (lng, lat) as a GeoJSON Polygon.
    static func square(lng: Double, lat: Double, half: Double) -> String {
        let ring = [(lng - half, lat - half), (lng + half, lat - half), (lng + half, lat + half), (lng - half, lat + half), (lng - half, lat - half)]
        return #"{"type":"Polygon","coordinates":[["# + ring.map { "[\($0.0),\($0.1)]" }.joined(separator: ",") + "]]}"
    }

    /// A point far from Austin, where only test zones lie.
    static let probe = #"{"lat":45.0,"lng":-100.0}"#

    @Test func createReadUpdateDelete() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        let create = #"{"name":"Prairie","boundary":"# + Self.square(lng: -100, lat: 45, half: 0.5) + #","zip_codes":["57501-1234"],"priority":3}"#
        try await service.app.test(.router) { client in
            let id: String = try await client.execute(uri: "/api/service-zones", method: .post, headers: headers, body: create.buffer) { response in
                #expect(response.status == .created)
                let id = response.body.json["id"] as? String ?? ""
                #expect(id.hasPrefix("sz_"))
                #expect(response.headers[.location] == "/api/service-zones/\(id)")
                #expect(response.body.json["zip_codes"] as? [String] == ["57501"])
                #expect(response.body.json["is_active"] as? Bool == true)
                return id
            }
            // The new zone matches at once.
            try await client.execute(uri: "/match-zone", method: .post, headers: headers, body: Self.probe.buffer) {
                #expect($0.body.json["zone_id"] as? String == id)
            }
            try await client.execute(uri: "/api/service-zones/\(id)", method: .get, headers: headers) {
                #expect($0.status == .ok && $0.body.json["name"] as? String == "Prairie" && $0.body.json["priority"] as? Int == 3)
            }
            try await client.execute(uri: "/api/service-zones", method: .get, headers: headers) {
                #expect($0.body.json["total"] as? Int == 15)
            }
            let moved = #"{"name":"Prairie East","boundary":"# + Self.square(lng: -90, lat: 45, half: 0.5) + "}"
            try await client.execute(uri: "/api/service-zones/\(id)", method: .put, headers: headers, body: moved.buffer) {
                #expect($0.status == .ok && $0.body.json["name"] as? String == "Prairie East")
            }
            try await client.execute(uri: "/match-zone", method: .post, headers: headers, body: Self.probe.buffer) {
                #expect($0.body.json["method"] as? String == "none")
            }
            try await client.execute(uri: "/api/service-zones/\(id)", method: .delete, headers: headers) { #expect($0.status == .noContent) }
            try await client.execute(uri: "/api/service-zones/\(id)", method: .get, headers: headers) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/api/service-zones/\(id)", method: .delete, headers: headers) { #expect($0.status == .notFound) }
        }
    }

    @Test func anotherTenantsZoneIsNotFound() async throws {
        let service = try await TestService()
        let other = try await service.headers("other")
        let body = #"{"name":"x","boundary":"# + Self.square(lng: -100, lat: 45, half: 0.5) + "}"
        try await service.app.test(.router) { client in
            for method in [HTTPRequest.Method.get, .put, .delete] {
                try await client.execute(uri: "/api/service-zones/sz_downtown_core", method: method, headers: other, body: method == .put ? body.buffer : nil) {
                    #expect($0.status == .notFound, "\(method)")
                    #expect(errorCode($0.body) == "not_found")
                }
            }
            try await client.execute(uri: "/api/service-zones", method: .get, headers: other) {
                #expect($0.body.json["total"] as? Int == 1)
            }
        }
        // The zone is untouched for its own tenant.
        #expect(try await service.services.storage.zones.zone(id: "sz_downtown_core", tenant: "acme")?.name == "Downtown Core")
    }

    @Test("invalid zones get 422 with the reason", arguments: [
        (#"{"name":"bowtie","boundary":{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}}"#, "Self-intersection"),
        (#"{"name":"open","boundary":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}}"#, "not closed"),
        (#"{"name":"point","boundary":{"type":"Point","coordinates":[0,0]}}"#, "Polygon or MultiPolygon"),
        (#"{"name":"far","boundary":{"type":"Polygon","coordinates":[[[0,0],[500,0],[500,1],[0,0]]]}}"#, "outside"),
        (#"{"name":"","boundary":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}"#, "name"),
        (#"{"boundary":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}"#, "name"),
        (#"{"name":"z","zip_codes":["abc"],"boundary":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}"#, "zip_codes[0]"),
        (#"{"id":"bad id","name":"z","boundary":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}"#, "id"),
    ])
    func invalid(body: String, reason: String) async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/api/service-zones", method: .post, headers: headers, body: body.buffer) { response in
                #expect(response.status == .unprocessableContent, "\(response.body.text)")
                #expect(errorMessage(response.body).contains(reason), "\(errorMessage(response.body))")
            }
        }
    }

    /// A position is numbers only: an altitude may follow the two coordinates, an array or a string may not.
    @Test func aPositionHoldingMoreThanNumbersIsRefused() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        let body = #"{"name":"z","boundary":{"type":"Polygon","coordinates":[[[0,0,[1]],[1,0],[1,1],[0,0]]]}}"#
        let altitude = #"{"name":"z","boundary":{"type":"Polygon","coordinates":[[[-100,45,12.5],[-99,45,0],[-99,46,0],[-100,45,0]]]}}"#
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/api/service-zones", method: .post, headers: headers, body: body.buffer) { response in
                #expect(response.status == .unprocessableContent, "\(response.body.text)")
                #expect(errorMessage(response.body).contains("boundary"), "\(response.body.text)")
            }
            try await client.execute(uri: "/api/service-zones", method: .post, headers: headers, body: altitude.buffer) {
                #expect($0.status == .created, "\($0.body.text)")
            }
        }
    }

    @Test func aDuplicateIDIsAConflict() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        let body = #"{"id":"sz_downtown_core","name":"again","boundary":"# + Self.square(lng: -100, lat: 45, half: 0.5) + "}"
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/api/service-zones", method: .post, headers: headers, body: body.buffer) {
                #expect($0.status == .conflict)
            }
        }
    }

    @Test func matchesDuringUpdatesSeeOneWholeZoneSet() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        // Two zones swap between the probe and far away: at every instant exactly one of them (or, between the two
        // writes, neither or both) covers the probe; a match must always name one of them or none, never fail.
        let west = #"{"id":"sz_west","name":"West","priority":1,"boundary":"# + Self.square(lng: -100, lat: 45, half: 0.5) + "}"
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/api/service-zones", method: .post, headers: headers, body: west.buffer) { #expect($0.status == .created) }
            try await withThrowingTaskGroup(of: [String].self) { group in
                group.addTask {
                    for round in 0..<40 {
                        let lng = round.isMultiple(of: 2) ? -80.0 : -100.0
                        let body = #"{"name":"West","priority":1,"boundary":"# + Self.square(lng: lng, lat: 45, half: 0.5) + "}"
                        try await client.execute(uri: "/api/service-zones/sz_west", method: .put, headers: headers, body: body.buffer) {
                            #expect($0.status == .ok)
                        }
                    }
                    return []
                }
                for _ in 0..<4 {
                    group.addTask {
                        var seen: [String] = []
                        for _ in 0..<100 {
                            try await client.execute(uri: "/match-zone", method: .post, headers: headers, body: Self.probe.buffer) { response in
                                #expect(response.status == .ok)
                                seen.append(response.body.json["method"] as? String ?? "error")
                            }
                        }
                        return seen
                    }
                }
                var all: [String] = []
                for try await seen in group { all += seen }
                #expect(all.count == 400)
                #expect(Set(all).isSubset(of: ["polygon", "none"]))
            }
        }
    }
}

@Suite("Zone changes from another process")
struct ExternalZoneChangeTests {
    @Test func importsByAnotherWriterAreNoticed() async throws {
        let service = try await TestService()
        let registry = service.services.zones
        #expect(try await registry.reloadChangedTenants().isEmpty)
        // Another process (here: another store on the same database) imports zones for a new tenant and changes acme.
        let otherWriter = service.services.storage.zones
        _ = try await otherWriter.importZones([TestService.square(id: "sz_new", tenant: "newco")], tenant: "newco")
        #expect(try await otherWriter.delete(id: "sz_downtown_core", tenant: "acme"))
        #expect(registry.index(for: "newco").zones.isEmpty)
        #expect(try await registry.reloadChangedTenants() == ["acme", "newco"])
        #expect(registry.index(for: "newco").zones.map(\.id) == ["sz_new"])
        #expect(try registry.index(for: "acme").match(lat: 30.2747, lng: -97.7404).zone?.id == "sz_central_austin")
        #expect(try await registry.reloadChangedTenants().isEmpty)
    }
}
