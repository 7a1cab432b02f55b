import Customers
import Foundation
import GRDB

/// One row of the `tenant_settings` table: a tenant's settings, when it has changed them from the defaults.
struct TenantSettingsRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "tenant_settings"

    var tenantID: String
    var trashDayMode: TrashDayMode
    var defaultTrashDay: String?
    var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case tenantID = "tenant_id", trashDayMode = "trash_day_mode", defaultTrashDay = "default_trash_day"
        case updatedAt = "updated_at"
    }

    /// The columns queries filter on.
    enum Columns {
        static let tenantID = Column(CodingKeys.tenantID)
    }

    /// The row storing `settings` for `tenant`, updated at `date`.
    init(_ settings: TenantSettings, tenant: String, updatedAt date: Date) {
        tenantID = tenant
        trashDayMode = settings.trashDayMode
        defaultTrashDay = settings.defaultTrashDay
        updatedAt = date
    }

    /// The settings this row stores.
    var settings: TenantSettings {
        TenantSettings(trashDayMode: trashDayMode, defaultTrashDay: defaultTrashDay)
    }
}

extension DerivableRequest<TenantSettingsRecord> {
    /// The settings of `tenant`.
    func tenant(_ tenant: String) -> Self {
        filter(TenantSettingsRecord.Columns.tenantID == tenant)
    }
}
