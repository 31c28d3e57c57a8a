import Foundation
import GRDB
import MootModel
import MootReview
import MootSupport

/// One learner's progress in the store: what the session records, and what review and progress read.
///
/// It applies the rating it is given (the session's learning policy chooses it; a skip is Again). Missing a
/// question (not right at the first try: wrong, partly right or skipped) puts it on the missed list and also
/// brings back, due now, the other questions on its nodes that the learner has already met (answered or
/// skipped): review never holds a question from a lesson not yet reached.
public final class LearnerRecord: SessionRecorder {
    public let store: Store
    public let learner: Int64
    public let course: Course
    /// The time now; tests move it forward.
    public var clock: Clock = .system
    /// Where the learner's day starts and ends, for the daily limit on questions new to review (as Anki's day).
    public var timeZone: TimeZone = .current
    private let siblings: [String: [String]]

    public init(store: Store, learner: Int64, course: Course) {
        self.store = store
        self.learner = learner
        self.course = course
        var byNode: [String: [String]] = [:]
        for question in course.lessons.flatMap(\.questions) {
            for node in question.nodes { byNode[node, default: []].append(question.id) }
        }
        var siblings: [String: [String]] = [:]
        for question in course.lessons.flatMap(\.questions) {
            siblings[question.id] = Array(Set(question.nodes.flatMap { byNode[$0] ?? [] })).filter { $0 != question.id }.sorted()
        }
        self.siblings = siblings
    }

    public func record(question: Question, response: String, outcome: String, score: Double, rating: Rating?,
                       hintsUsed: Int, attempt: Int, seconds: Double, mode: AttemptMode, closedWith: Double?) throws {
        try write(question: question, response: response, outcome: outcome, score: score, hintsUsed: hintsUsed,
                  attempt: attempt, seconds: seconds, mode: mode, rating: rating, closedWith: closedWith)
    }

    public func recordSkip(question: Question, hintsUsed: Int, mode: AttemptMode, rating: Rating?) throws {
        try write(question: question, response: "", outcome: "skipped", score: 0, hintsUsed: hintsUsed, attempt: 1,
                  seconds: 0, mode: mode, rating: rating, closedWith: 0)
    }

    /// The first try is kept from the first answer ever; the final score is the credit of the latest close.
    private func write(question: Question, response: String, outcome: String, score: Double, hintsUsed: Int,
                       attempt: Int, seconds: Double, mode: AttemptMode, rating: Rating?, closedWith: Double?) throws {
        let now = clock.now()
        try store.database.write { db in
            try db.execute(sql: """
                INSERT INTO attempt (learnerId, question, lesson, response, verdict, score, hintsUsed, attempt, mode, seconds, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [learner, question.id, question.lesson, response, outcome, score, hintsUsed, attempt,
                                 mode.rawValue, seconds, now])
            try db.execute(sql: """
                INSERT INTO questionProgress (learnerId, question, lesson, attempts, best, firstTry, final)
                VALUES (?, ?, ?, 1, ?, ?, ?)
                ON CONFLICT (learnerId, question) DO UPDATE SET attempts = attempts + 1, best = max(best, excluded.best),
                    final = coalesce(excluded.final, final)
                """, arguments: [learner, question.id, question.lesson, score, attempt == 1 ? score : 0, closedWith])
            guard let rating else { return }
            // One measure of "missed" everywhere: not right at the first try (wrong, partly right or skipped).
            let missed = rating == .again || score < 0.999
            try review(question.id, rating, missed: missed, at: now, db)
            if missed {
                for sibling in siblings[question.id] ?? [] { try bringBack(sibling, at: now, db) }
            }
        }
    }

    /// A review with `rating`; `missed` (the answer was not right) counts a lapse and puts it on the missed list,
    /// which a right answer clears once the card is back in the Review state.
    private func review(_ question: String, _ rating: Rating, missed: Bool, at now: Microseconds, _ db: Database) throws {
        let row = try Row.fetchOne(db, sql: "SELECT * FROM card WHERE learnerId = ? AND question = ?", arguments: [learner, question])
        var card = row.map(Self.card) ?? Card(due: now)
        // Fuzz is seeded by learner, question and review time: reproducible, and different from card to card.
        var scheduler = Scheduler(fuzz: SeededGenerator(seed: "\(learner)/\(question)/\(now)"))
        card = scheduler.review(card, rating, at: now)
        let lapses = (row?["lapses"] as Int? ?? 0) + (missed ? 1 : 0)
        let onList = missed ? 1 : card.state == .review ? 0 : (row?["missed"] as Int? ?? 0)
        try db.execute(sql: """
            INSERT OR REPLACE INTO card (learnerId, question, state, step, stability, difficulty, due, lastReview, lapses, missed)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [learner, question, card.state.rawValue, card.step, card.stability, card.difficulty, card.due,
                             card.lastReview, lapses, onList])
        try db.execute(sql: """
            INSERT INTO reviewLog (learnerId, question, rating, at, stateAfter, dueAfter) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [learner, question, rating.rawValue, now, card.state.rawValue, card.due])
    }

    /// Puts a question the learner has met on the missed list, due now, without reviewing it.
    private func bringBack(_ question: String, at now: Microseconds, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM questionProgress WHERE learnerId = ? AND question = ?",
                                arguments: [learner, question]) == true else { return }
        try db.execute(sql: """
            INSERT INTO card (learnerId, question, state, step, due, missed) VALUES (?, ?, 1, 0, ?, 1)
            ON CONFLICT (learnerId, question) DO UPDATE SET missed = 1, due = min(due, excluded.due)
            """, arguments: [learner, question, now])
    }

    static func card(_ row: Row) -> Card {
        var card = Card(due: row["due"])
        card.state = CardState(rawValue: row["state"]) ?? .learning
        card.step = row["step"]
        card.stability = row["stability"]
        card.difficulty = row["difficulty"]
        card.lastReview = row["lastReview"]
        return card
    }

    public func showings(of question: String) -> Int {
        (try? store.database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM reviewLog WHERE learnerId = ? AND question = ?", arguments: [learner, question])
        }) ?? 0
    }

    public func tries(at question: String, mode: AttemptMode, since time: Microseconds) -> [(response: String, credit: Double)] {
        (try? store.database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT response, score FROM attempt WHERE learnerId = ? AND question = ? AND mode = ? AND at >= ?
                    AND verdict != 'skipped' ORDER BY id
                """, arguments: [learner, question, mode.rawValue, time]).map { (response: $0[0] as String, credit: $0[1] as Double) }
        }) ?? []
    }

    public func savePosition(lesson: String, question: Int) throws {
        try store.database.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO position (learnerId, lesson, question, updatedAt) VALUES (?, ?, ?, ?)",
                           arguments: [learner, lesson, question, clock.now()])
        }
    }

    public func resumePoint() -> ResumePoint? { store.resumePoint(learner: learner) }

    public func saveOpenRun(_ run: OpenRun?) throws {
        let value = try run.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        try store.database.write { db in
            if let value {
                try db.execute(sql: "INSERT OR REPLACE INTO setting (learnerId, name, value) VALUES (?, ?, ?)",
                               arguments: [learner, Store.openRunSetting, value])
            } else {
                try db.execute(sql: "DELETE FROM setting WHERE learnerId = ? AND name = ?", arguments: [learner, Store.openRunSetting])
            }
        }
    }

    public func openRun() -> OpenRun? { store.openRun(learner: learner) }
}
