/// What a token may do, each role including the ones before it: `viewer` reads and matches, `editor` also writes
/// customers and properties, `admin` also changes zones, plans, route templates and tenant settings.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
    case viewer, editor, admin

    /// The role of a token that names none: every token minted before roles existed could do everything.
    public static let unstated = Role.admin

    /// Whether a token with this role may do what `needed` allows.
    public func includes(_ needed: Role) -> Bool { needed <= self }

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
