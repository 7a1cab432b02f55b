import Foundation

/// Which endpoint URLs a subscription may name: `https`, or `http` to a loopback host (or anywhere when allowed);
/// never a link-local or cloud-metadata address, which would let a tenant reach the server's own network (SSRF).
public struct WebhookURLPolicy: Sendable {
    /// Whether plain `http` is allowed to any host (`CURBSIDE_WEBHOOKS_ALLOW_HTTP=1`).
    public var allowHTTP: Bool

    public init(allowHTTP: Bool = false) {
        self.allowHTTP = allowHTTP
    }

    /// The form of an endpoint URL: `https` to a host name or address, or `http` to a loopback host; an optional
    /// port; a path and query of URL characters (`%` only before two hex digits); no credentials, no fragment.
    /// `CURBSIDE_WEBHOOKS_ALLOW_HTTP=1` also admits `http` to other hosts.
    public static let syntax = #"^(https://[A-Za-z0-9.-]+|http://(localhost|127\.0\.0\.1|\[::1\]))(:[0-9]{1,5})?"#
        + #"(/([A-Za-z0-9._~!$&'()*+,;=:@/-]|%[0-9A-Fa-f]{2})*)?(\?([A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*)?$"#

    /// Why `text` cannot be an endpoint, or nil when it can.
    public func refusal(_ text: String) -> String? {
        let form = allowHTTP ? Self.syntax.replacingOccurrences(of: "^(https://", with: "^(https?://") : Self.syntax
        guard text.count <= 2_048, (try? Regex(form).wholeMatch(in: text)) != nil else {
            return "url must be https://host[:port][/path][?query] (plain http only to a loopback host), without credentials or fragment"
        }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty else {
            return "url must be an absolute http(s) URL"
        }
        guard url.user == nil, url.password == nil else { return "url must not hold credentials" }
        let name = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if let reason = Self.forbidden(host: name) { return "url \(reason)" }
        switch scheme {
        case "https": return nil
        case "http" where allowHTTP || Self.isLoopback(name): return nil
        case "http": return "url must use https (plain http only to a loopback host)"
        default: return "url must use https"
        }
    }

    /// Why a connection to `host` (a name or an address) is refused, or nil.
    public static func forbidden(host: String) -> String? {
        let name = host.lowercased()
        if ["metadata.google.internal", "metadata", "instance-data", "instance-data.ec2.internal"].contains(name) {
            return "names a cloud metadata service"
        }
        if let octets = ipv4(name) {
            if octets[0] == 169, octets[1] == 254 { return "is a link-local or metadata address" }
            if octets == [100, 100, 100, 200] { return "is a metadata address" }
            if octets[0] == 0 { return "is not a routable address" }
        }
        if name.contains(":") {
            if name.hasPrefix("fe8") || name.hasPrefix("fe9") || name.hasPrefix("fea") || name.hasPrefix("feb") { return "is a link-local address" }
            if name == "fd00:ec2::254" { return "is a metadata address" }
            if name.hasPrefix("::ffff:"), let mapped = forbidden(host: String(name.dropFirst(7))) { return mapped }
        }
        return nil
    }

    /// Whether `host` is `localhost` or a loopback address.
    public static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host.hasSuffix(".localhost") || host == "::1" { return true }
        return ipv4(host)?.first == 127
    }

    /// The four octets of a dotted IPv4 address, or nil.
    static func ipv4(_ text: String) -> [Int]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        let octets = parts.compactMap { part -> Int? in
            guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCII), let value = Int(part), (0...255).contains(value) else { return nil }
            return value
        }
        return octets.count == 4 ? octets : nil
    }
}
