/// Which records a placement belongs to.
public enum PlacedKind: String, Sendable, CaseIterable {
    case property, customer
}

/// A property's or customer's placement, as the assignment refresh reads it.
public struct StoredPlacement: Sendable, Equatable {
    public var id: String
    public var subject: AssignmentReview.Subject

    public init(id: String, subject: AssignmentReview.Subject) {
        self.id = id
        self.subject = subject
    }
}

/// A record's new quality, as the assignment refresh writes it.
public struct QualityUpdate: Sendable, Equatable {
    public var id: String
    public var quality: PlacementQuality

    public init(id: String, quality: PlacementQuality) {
        self.id = id
        self.quality = quality
    }
}

/// How many records an assignment refresh looked at and how many it changed.
public struct AssignmentRefreshSummary: Sendable, Equatable {
    public var checked = 0
    public var changed = 0
    public var review = 0

    public init(checked: Int = 0, changed: Int = 0, review: Int = 0) {
        self.checked = checked
        self.changed = changed
        self.review = review
    }
}
