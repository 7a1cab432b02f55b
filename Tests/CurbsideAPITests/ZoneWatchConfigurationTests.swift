@testable import CurbsideAPI
import Testing

/// How the zone-change variables configure a server.
@Suite("Zone watch configuration")
struct ZoneWatchConfigurationTests {
    @Test func theDefaultsListenOnPostgreSQLAndPollSeldomThenAndOftenOtherwise() throws {
        let watch = try CurbsideConfiguration(environment: [:]).zoneWatch
        #expect(watch.listens && watch.listenURL == nil)
        #expect(watch.pollInterval == .milliseconds(500))
        #expect(watch.listeningPollInterval == .seconds(30))
        #expect(try watch.feed(for: DatabaseConfiguration(location: "postgres://u:p@db:5432/curbside")) != nil)
        #expect(try watch.feed(for: DatabaseConfiguration(location: "curbside.sqlite")) == nil)
    }

    @Test func theVariablesSetListeningItsURLAndBothPolls() throws {
        let watch = try CurbsideConfiguration(environment: [
            "CURBSIDE_ZONE_LISTEN": "off", "CURBSIDE_ZONE_LISTEN_URL": "postgres://u:p@primary:5432/curbside",
            "CURBSIDE_ZONE_POLL_SECONDS": "0.25", "CURBSIDE_ZONE_LISTENING_POLL_SECONDS": "3600",
        ]).zoneWatch
        #expect(!watch.listens && watch.listenURL == "postgres://u:p@primary:5432/curbside")
        #expect(watch.pollInterval == .milliseconds(250) && watch.listeningPollInterval == .seconds(3600))
        #expect(try watch.feed(for: DatabaseConfiguration(location: "postgres://u:p@bouncer:6432/curbside")) == nil)
    }

    @Test func wrongValuesAreRefusedWithTheVariablesName() {
        for (name, value) in [
            ("CURBSIDE_ZONE_LISTEN", "sometimes"), ("CURBSIDE_ZONE_LISTEN_URL", "mysql://db/curbside"),
            ("CURBSIDE_ZONE_POLL_SECONDS", "0"), ("CURBSIDE_ZONE_LISTENING_POLL_SECONDS", "soon"),
        ] {
            #expect(throws: ConfigurationError.self) { try CurbsideConfiguration(environment: [name: value]) }
        }
        var watch = ZoneWatchConfiguration()
        watch.listenURL = "postgres://u:p@primary:5432/curbside"
        #expect(throws: ConfigurationError.self) { try watch.feed(for: DatabaseConfiguration(location: "curbside.sqlite")) }
    }
}
