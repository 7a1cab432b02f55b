/// What a service plan, a route template and tenant settings must satisfy.
public enum CatalogRules {
    public static let frequencies = ["weekly", "biweekly", "monthly"]
    public static let daysOfWeek = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// A plan's name, frequency (lower-cased) and price, checked.
    public static func plan(name: String?, frequency: String?, priceCents: Int?) throws(CustomerError) -> (name: String, frequency: String, priceCents: Int) {
        guard let name = FieldRules.trimmed(name) else { throw .invalid(field: "name", reason: "is required") }
        let frequency = (FieldRules.trimmed(frequency) ?? "weekly").lowercased()
        guard frequencies.contains(frequency) else { throw .invalid(field: "frequency", reason: "must be one of \(frequencies.joined(separator: ", "))") }
        let price = priceCents ?? 0
        guard price >= 0 else { throw .invalid(field: "price_cents", reason: "must not be negative") }
        return (name, frequency, price)
    }

    /// A template's name and weekday (lower-cased), checked.
    public static func template(name: String?, dayOfWeek: String?) throws(CustomerError) -> (name: String, dayOfWeek: String) {
        guard let name = FieldRules.trimmed(name) else { throw .invalid(field: "name", reason: "is required") }
        guard let day = FieldRules.trimmed(dayOfWeek)?.lowercased(), daysOfWeek.contains(day) else {
            throw .invalid(field: "day_of_week", reason: "must be one of \(daysOfWeek.joined(separator: ", "))")
        }
        return (name, day)
    }

    /// Settings with the default day in capitalized form; uniform mode needs a default day.
    public static func settings(
        mode: String?, defaultTrashDay: String?, uncertainty: BoundaryUncertaintyChanges = BoundaryUncertaintyChanges(), current: TenantSettings
    ) throws(CustomerError) -> TenantSettings {
        var settings = current
        settings.boundaryUncertainty = try uncertainty.applied(to: current.boundaryUncertainty)
        if let mode = FieldRules.trimmed(mode) {
            guard let value = TrashDayMode(rawValue: mode.lowercased()) else {
                throw .invalid(field: "trash_day_mode", reason: "must be per_property or uniform")
            }
            settings.trashDayMode = value
        }
        if let day = defaultTrashDay { settings.defaultTrashDay = try FieldRules.trashDay(day, field: "default_trash_day") }
        if settings.trashDayMode == .uniform, settings.defaultTrashDay == nil {
            throw .invalid(field: "default_trash_day", reason: "is required in uniform mode")
        }
        return settings
    }

    /// A new identifier with `prefix`.
    public static func newID(_ prefix: String) -> String { FieldRules.newID(prefix) }
}
