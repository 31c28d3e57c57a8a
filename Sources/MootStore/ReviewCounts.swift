import MootSupport

/// What review holds now, counted once for every screen: the welcome, `review`, the end of a review and `progress`
/// (in the tutor and from the shell) all say these figures in the same words.
public struct ReviewCounts: Codable, Sendable, Equatable {
    /// Questions review shows now (the daily limit on questions new to review applied).
    public var dueNow = 0
    /// Of those, the ones the learner missed (rated Again); the rest are on the same parts of the argument.
    public var dueMissed = 0
    /// Due questions held back by the daily limit, the limit, and how many came to review for the first time today.
    public var heldBack = 0
    public var newPerDay = 20
    public var newToday = 0
    /// Of the due questions, those coming to review for the first time (today's limit counts them too).
    public var newNow = 0
    /// Questions to review that are not due yet, and when the first of them is.
    public var later = 0
    /// Of those, the ones the learner missed (the rest are on the same parts as one missed): with `dueMissed`,
    /// every question on the list the learner missed, the figure the end of a lesson gives.
    public var laterMissed = 0
    public var nextDue: Microseconds?
    /// When these were counted, so "in 10 minutes" can be said.
    public var now: Microseconds = 0

    public init() {}
}

extension LearnerRecord {
    public func reviewCounts(now: Microseconds) throws -> ReviewCounts {
        try store.database.read { try Self.reviewCounts(learner: learner, now: now, zone: timeZone, $0) }
    }

    /// The counts for the greeting, before the course has loaded (none when the database cannot be read).
    public static func reviewCounts(store: Store, learner: Int64, now: Microseconds) -> ReviewCounts {
        (try? store.database.read { try reviewCounts(learner: learner, now: now, $0) }) ?? ReviewCounts()
    }
}
