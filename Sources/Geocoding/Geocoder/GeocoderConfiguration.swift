import Foundation

/// Which provider answers geocodes and how it is reached; read from flags and the environment.
public struct GeocoderConfiguration: Sendable {
    /// The providers there are.
    public enum Provider: String, Sendable, CaseIterable {
        case offline, mapbox, census, nominatim
    }

    public var provider: Provider = .offline
    /// Mapbox access token (`MAPBOX_ACCESS_TOKEN`).
    public var mapboxAccessToken: String?
    /// Whether to ask Mapbox for permanent (storable) geocodes (`CURBSIDE_MAPBOX_PERMANENT`, default true).
    public var mapboxPermanent = true
    public var mapboxBaseURL = MapboxGeocoder.defaultBaseURL
    public var censusBaseURL = CensusGeocoder.defaultBaseURL
    public var nominatimBaseURL = NominatimGeocoder.defaultBaseURL
    /// The User-Agent sent to Nominatim; its usage policy requires one that identifies the application.
    public var nominatimUserAgent = "Curbside/0.1 (field-service zone matching)"
    /// A contact address sent to Nominatim with each request.
    public var nominatimEmail: String?
    /// An OpenAddresses-style CSV of address points for the offline provider.
    public var addressPointsPath: String?
    /// How long one provider request may take.
    public var timeout: Duration = .seconds(10)
    /// How often a server checks the database for newly imported street ranges (`CURBSIDE_STREET_RANGES_POLL_SECONDS`,
    /// default 30).
    public var streetRangePollInterval: Duration = .seconds(30)
    /// Requests per second to the hosted provider, replacing its default (`CURBSIDE_GEOCODER_RPS`; 0 for no limit),
    /// e.g. for a self-hosted Nominatim.
    public var requestsPerSecond: Double?

    public init() {}

    /// The configuration the environment describes (`CURBSIDE_GEOCODER`, `MAPBOX_ACCESS_TOKEN`, `CURBSIDE_*_URL`, …).
    public init(environment: [String: String]) throws(GeocoderConfigurationError) {
        if let rate = environment["CURBSIDE_GEOCODER_RPS"], !rate.isEmpty {
            guard let value = Double(rate), value >= 0, value.isFinite else { throw .invalidRate(rate) }
            requestsPerSecond = value
        }
        if let name = environment["CURBSIDE_GEOCODER"], !name.isEmpty {
            guard let provider = Provider(rawValue: name.lowercased()) else { throw .unknownProvider(name) }
            self.provider = provider
        }
        mapboxAccessToken = environment["MAPBOX_ACCESS_TOKEN"] ?? environment["CURBSIDE_MAPBOX_TOKEN"]
        if let permanent = environment["CURBSIDE_MAPBOX_PERMANENT"] {
            mapboxPermanent = !["0", "false", "no", "off"].contains(permanent.lowercased())
        }
        if let url = environment["CURBSIDE_MAPBOX_URL"], !url.isEmpty { mapboxBaseURL = url }
        if let url = environment["CURBSIDE_CENSUS_URL"], !url.isEmpty { censusBaseURL = url }
        if let url = environment["CURBSIDE_NOMINATIM_URL"], !url.isEmpty { nominatimBaseURL = url }
        if let agent = environment["CURBSIDE_NOMINATIM_USER_AGENT"], !agent.isEmpty { nominatimUserAgent = agent }
        nominatimEmail = environment["CURBSIDE_NOMINATIM_EMAIL"]
        addressPointsPath = environment["CURBSIDE_ADDRESS_POINTS"]
        if let seconds = environment["CURBSIDE_STREET_RANGES_POLL_SECONDS"], !seconds.isEmpty {
            guard let value = Double(seconds), value > 0, value.isFinite else { throw .invalidPollInterval(seconds) }
            streetRangePollInterval = .seconds(value)
        }
        if let seconds = environment["CURBSIDE_GEOCODER_TIMEOUT"] {
            guard let value = Double(seconds), value > 0, value.isFinite else { throw .invalidTimeout(seconds) }
            timeout = .seconds(value)
        }
    }

    /// The provider this configuration describes; the offline one answers at street level from `streets`.
    public func makeProvider(streets: StreetRangeLibrary? = nil) throws -> any GeocodingProvider {
        switch provider {
        case .offline:
            let points = try addressPointsPath.map { try AddressPoints(contentsOf: URL(fileURLWithPath: $0)) }
            return OfflineGeocoder(addressPoints: points, streets: streets)
        case .mapbox:
            guard let token = mapboxAccessToken, !token.isEmpty else { throw GeocoderConfigurationError.missingMapboxToken }
            return MapboxGeocoder(
                accessToken: token, permanent: mapboxPermanent, options: .init(baseURL: mapboxBaseURL, timeout: timeout),
                requestsPerSecond: rate(default: 15)
            )
        case .census:
            return CensusGeocoder(options: .init(baseURL: censusBaseURL, timeout: timeout), requestsPerSecond: rate(default: 5))
        case .nominatim:
            return NominatimGeocoder(
                userAgent: nominatimUserAgent, email: nominatimEmail, options: .init(baseURL: nominatimBaseURL, timeout: timeout),
                requestsPerSecond: rate(default: 1)
            )
        }
    }
}

extension GeocoderConfiguration {
    private func rate(default value: Double) -> Double? {
        guard let requestsPerSecond else { return value }
        return requestsPerSecond > 0 ? requestsPerSecond : nil
    }
}

/// Why a geocoder configuration cannot be used.
public enum GeocoderConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownProvider(String)
    case missingMapboxToken
    case invalidTimeout(String)
    case invalidRate(String)
    case invalidPollInterval(String)

    public var description: String {
        switch self {
        case .unknownProvider(let name):
            "unknown geocoder \"\(name)\" (choose \(GeocoderConfiguration.Provider.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .missingMapboxToken: "the mapbox geocoder needs an access token in MAPBOX_ACCESS_TOKEN"
        case .invalidTimeout(let value): "CURBSIDE_GEOCODER_TIMEOUT must be a positive number of seconds, not \"\(value)\""
        case .invalidRate(let value): "CURBSIDE_GEOCODER_RPS must be a number of requests a second (0 for no limit), not \"\(value)\""
        case .invalidPollInterval(let value): "CURBSIDE_STREET_RANGES_POLL_SECONDS must be a positive number of seconds, not \"\(value)\""
        }
    }
}
