import Foundation

/// The unverified header fields of a compact JWT that pick how it is verified.
struct TokenHeader: Equatable {
    /// `alg`.
    var algorithm: String?
    /// `kid`.
    var keyID: String?

    /// The header of `token`, or nil when its first part is not base64url JSON.
    init?(token: String) {
        guard let header = token.split(separator: ".", omittingEmptySubsequences: false).first else { return nil }
        var base64 = header.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        algorithm = object["alg"] as? String
        keyID = object["kid"] as? String
    }
}
