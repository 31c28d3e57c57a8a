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
    }
    public struct NodeRow: Codable, Sendable {
        public var id: String, title: String
        /// Mean FSRS retrievability now of the node's questions (0 for one never reviewed).
        public var mastery: Double
        public var questions: Int
    }

    public var lessons: [LessonRow]
    public var nodes: [NodeRow]
    public var dueNow: Int
    /// Due questions held back by the daily limit on questions new to review, and that limit.
    public var heldBack = 0
    public var newPerDay = 20
    /// Questions still on the missed list (missed, and not yet back in the Review state).
    public var missed: Int
    /// ISO 8601, UTC.
    public var nextDue: String?

}
