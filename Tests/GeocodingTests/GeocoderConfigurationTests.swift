import Geocoding
import Testing

@Suite("Geocoder configuration")
struct GeocoderConfigurationTests {
    @Test func offlineIsTheDefault() throws {
        let configuration = try GeocoderConfiguration(environment: [:])
        #expect(configuration.provider == .offline)
        #expect(try configuration.makeProvider().name == "offline")
    }

    @Test func theEnvironmentChoosesAndConfiguresTheProvider() throws {
        let configuration = try GeocoderConfiguration(environment: [
            "CURBSIDE_GEOCODER": "Mapbox", "MAPBOX_ACCESS_TOKEN": "pk.abc", "CURBSIDE_MAPBOX_PERMANENT": "false",
            "CURBSIDE_MAPBOX_URL": "http://127.0.0.1:9", "CURBSIDE_GEOCODER_RPS": "0", "CURBSIDE_GEOCODER_TIMEOUT": "2.5",
        ])
        let provider = try configuration.makeProvider()
        #expect(provider.name == "mapbox")
        #expect(provider.cachePolicy.persistent == false)
        #expect(provider.requestsPerSecond == nil)
        #expect(configuration.timeout == .milliseconds(2500))
        let nominatim = try GeocoderConfiguration(environment: ["CURBSIDE_GEOCODER": "nominatim"]).makeProvider()
        #expect(nominatim.requestsPerSecond == 1)
    }

    @Test func mistakesAreReported() {
        #expect(throws: GeocoderConfigurationError.unknownProvider("google")) {
            try GeocoderConfiguration(environment: ["CURBSIDE_GEOCODER": "google"])
        }
        #expect(throws: GeocoderConfigurationError.missingMapboxToken) {
            try GeocoderConfiguration(environment: ["CURBSIDE_GEOCODER": "mapbox"]).makeProvider()
        }
        #expect(throws: GeocoderConfigurationError.invalidTimeout("-1")) {
            try GeocoderConfiguration(environment: ["CURBSIDE_GEOCODER_TIMEOUT": "-1"])
        }
        #expect(throws: GeocoderConfigurationError.invalidRate("fast")) {
            try GeocoderConfiguration(environment: ["CURBSIDE_GEOCODER_RPS": "fast"])
        }
    }
}
