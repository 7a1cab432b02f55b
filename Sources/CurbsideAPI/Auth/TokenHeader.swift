import Foundation

/// The unverified header fields of a compact JWT that pick how it is verified.
struct TokenHeader: Equatable {
    /// `alg`.
    var algorithm: String?
    /// `kid`.
    var keyID: String?

    /// The two fields when they are strings; any other value counts as absent.
    private struct Fields: Decodable {
        var alg: String?
        var kid: String?

        private enum CodingKeys: String, CodingKey { case alg, kid }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            alg = try? container.decode(String.self, forKey: .alg)
            kid = try? container.decode(String.self, forKey: .kid)
        }
    }

    /// The header of `token`, or nil when its first part is not base64url JSON (an object).
    init?(token: String) {
        guard let header = token.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first,
              let bytes = Base64URL.decode(header),
              let fields = try? JSONDecoder().decode(Fields.self, from: Data(bytes)) else { return nil }
        algorithm = fields.alg
        keyID = fields.kid
    }
}
