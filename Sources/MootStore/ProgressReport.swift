import Foundation
import GRDB

/// Where a learner stands: per lesson done and score, per node mastery, and what review is waiting.
public struct ProgressReport: Codable, Sendable {
    public struct LessonRow: Codable, Sendable {
        public var id: String, title: String, done: Int, total: Int
        /// Mean of the final score on each question answered (the credit it was last closed with), 0–1.
        public var score: Double
        /// Mean of the score at the first try on each question answered (a skip is 0), 0–1.
        public var firstTry: Double = 0
        /// Questions answered right at the first try, and those missed (not right at the first try: wrong, partly
        /// right or skipped — the one measure the end of a lesson and review use too); of the missed, those partly right.
        public var firstTryRight = 0
        public var firstTryMissed = 0
        public var firstTryPartly = 0
    }
    public struct NodeRow: Codable, Sendable {
        public var id: String, title: String
        /// Mean FSRS retrievability of the node's questions a week from now (`recallHorizon`; 0 for one never reviewed).
        public var mastery: Double
        public var questions: Int
        /// Of those questions, how many are due for review now and how many are on the missed list.
        public var due = 0
        public var missed = 0
    }

    /// How far ahead node mastery is measured: a week.
    public static let recallHorizon: Int64 = 7 * 86_400_000_000

    public var lessons: [LessonRow]
    public var nodes: [NodeRow]
    public var dueNow: Int
    /// Due questions held back by the daily limit on questions new to review, and that limit.
    public var heldBack = 0
    public var newPerDay = 20
    /// Questions that came to review for the first time today (the limit counts them).
    public var newToday = 0
    /// Questions still on the missed list (missed, and not yet back in the Review state).
    public var missed: Int
    /// ISO 8601, UTC.
    public var nextDue: String?
    /// The questions behind `dueNow` and `missed`, by id.
    public var dueQuestions: [String] = []
    public var missedQuestions: [String] = []
    /// The same figures as the welcome and `review` give, in the form every screen says them.
    public var review = ReviewCounts()
}
