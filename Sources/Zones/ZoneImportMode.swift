/// What an import does with the tenant's zones that the file does not hold.
public enum ZoneImportMode: String, Sendable, CaseIterable {
    /// Keeps them: zones are inserted or replaced by id.
    case upsert
    /// Removes them: the file becomes the tenant's whole zone set.
    case replace
}
