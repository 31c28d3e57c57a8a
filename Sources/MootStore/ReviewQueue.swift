import Foundation
import GRDB
import MootSupport

/// What review holds: missed questions the learner has met (answered or skipped), due now — those the learner
/// missed first, then those on the same parts of the argument, each most overdue first — with at most
/// `newReviewLimit` questions a day that come to review for the first time (as Anki's new-card
/// limit). `review` and `progress` both count through here, so they agree.
extension LearnerRecord {
    /// New review questions a day when the learner has not set a limit.
    public static let defaultNewReviewLimit = 20

    /// What is due now: the questions review will show, and how many more wait for tomorrow's new-question allowance.
    public struct DueReviews: Sendable {
        public var questions: [String]
        public var heldBack: Int
        public var newPerDay: Int
        /// Questions that came to review for the first time today, which the daily limit counts.
        public var startedToday = 0
        /// Of `questions`, those coming to review for the first time: today's limit counts them too.
        public var newNow = 0
        /// Of `questions`, those the learner missed (rated Again at least once), not only on a part of the
        /// argument they missed.
        public var missed = 0
    }

    public func reviewQueue(all: Bool, now: Microseconds, limit: Int = 20) throws -> [String] {
        try store.database.read { db in
            all ? try String.fetchAll(db, sql: """
                SELECT card.question FROM \(Self.metCards)
                WHERE questionProgress.learnerId = ? AND (card.lapses > 0 OR card.missed = 1) ORDER BY card.lapses = 0, card.due, card.rowid
                """, arguments: [learner])
                : Array(try dueReviews(now: now, db).questions.prefix(limit))
        }
    }

    /// The cards of questions the learner has answered or skipped (met), read from the few questions met rather
    /// than the many cards: `CROSS JOIN` keeps SQLite's planner from scanning every missed card and asking of each
    /// whether it was met (6–8 ms instead of 0.1–0.4 ms on 10 000 cards). Ties in `due` keep the card index's order
    /// (`card.rowid`), as the scan of `card_due` gave.
    static let metCards = """
        questionProgress CROSS JOIN card
            ON card.learnerId = questionProgress.learnerId AND card.question = questionProgress.question
        """

    func dueReviews(now: Microseconds, _ db: Database) throws -> DueReviews {
        try Self.dueReviews(learner: learner, now: now, zone: timeZone, db)
    }

    static func reviewCounts(learner: Int64, now: Microseconds, zone: TimeZone = .current, _ db: Database) throws -> ReviewCounts {
        let due = try dueReviews(learner: learner, now: now, zone: zone, db)
        var counts = ReviewCounts()
        (counts.dueNow, counts.dueMissed, counts.heldBack) = (due.questions.count, due.missed, due.heldBack)
        (counts.newPerDay, counts.newToday, counts.newNow, counts.now) = (due.newPerDay, due.startedToday, due.newNow, now)
        let later = try Row.fetchOne(db, sql: """
            SELECT count(*), coalesce(sum(card.lapses > 0), 0) FROM \(Self.metCards)
            WHERE questionProgress.learnerId = ? AND (card.lapses > 0 OR card.missed = 1) AND card.due > ?
            """, arguments: [learner, now])
        (counts.later, counts.laterMissed) = (later?[0] ?? 0, later?[1] ?? 0)
        counts.nextDue = try nextDue(learner: learner, after: now, db)
        return counts
    }

    static func dueReviews(learner: Int64, now: Microseconds, zone: TimeZone = .current, _ db: Database) throws -> DueReviews {
        let cap = try newReviewLimit(learner: learner, db)
        let dayStart = Self.dayStart(now, in: zone)
        let startedToday = try Int.fetchOne(db, sql: """
            SELECT count(DISTINCT question) FROM attempt AS today
            WHERE learnerId = ? AND mode = 'review' AND at >= ?
              AND NOT EXISTS (SELECT 1 FROM attempt AS before WHERE before.learnerId = today.learnerId
                              AND before.mode = 'review' AND before.question = today.question AND before.at < ?)
            """, arguments: [learner, dayStart, dayStart]) ?? 0
        var allowance = max(0, cap - startedToday)
        var questions: [String] = [], heldBack = 0, missed = 0, newNow = 0
        let rows = try Row.fetchCursor(db, sql: """
            SELECT card.question, EXISTS (SELECT 1 FROM attempt WHERE attempt.learnerId = card.learnerId
                                          AND attempt.question = card.question AND attempt.mode = 'review'), card.lapses
            FROM \(metCards)
            WHERE questionProgress.learnerId = ? AND (card.lapses > 0 OR card.missed = 1) AND card.due <= ?
            ORDER BY card.lapses = 0, card.due, card.rowid
            """, arguments: [learner, now])
        while let row = try rows.next() {
            let reviewedBefore: Bool = row[1]
            let taken = reviewedBefore || allowance > 0
            if taken {
                questions.append(row[0])
                if !reviewedBefore { allowance -= 1; newNow += 1 }
                if (row[2] as Int) > 0 { missed += 1 }
            } else {
                heldBack += 1
            }
        }
        return DueReviews(questions: questions, heldBack: heldBack, newPerDay: cap, startedToday: startedToday, newNow: newNow,
                          missed: missed)
    }

    /// When the learner's day began: local midnight, so "wait for another day" means the learner's next day (a
    /// UTC midnight would bring the held-back questions in the afternoon of the same day west of Greenwich).
    static func dayStart(_ now: Microseconds, in zone: TimeZone) -> Microseconds {
        let day: Microseconds = 86_400_000_000
        let offset = Microseconds(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(now) / 1_000_000))) * 1_000_000
        return now - ((now + offset) % day + day) % day
    }

    public func newReviewLimit() throws -> Int { try store.database.read { try newReviewLimit($0) } }

    func newReviewLimit(_ db: Database) throws -> Int { try Self.newReviewLimit(learner: learner, db) }

    static func newReviewLimit(learner: Int64, _ db: Database) throws -> Int {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE learnerId = ? AND name = 'newReviewsPerDay'",
                            arguments: [learner]).flatMap { Int($0) } ?? Self.defaultNewReviewLimit
    }

    public func setNewReviewLimit(_ limit: Int) throws {
        try store.database.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO setting (learnerId, name, value) VALUES (?, 'newReviewsPerDay', ?)",
                           arguments: [learner, String(max(0, limit))])
        }
    }

    /// When the next missed question falls due, if any is waiting.
    public func nextDue(after now: Microseconds) throws -> Microseconds? {
        try store.database.read { db in try nextDue(after: now, db) }
    }

    func nextDue(after now: Microseconds, _ db: Database) throws -> Microseconds? {
        try Self.nextDue(learner: learner, after: now, db)
    }

    static func nextDue(learner: Int64, after now: Microseconds, _ db: Database) throws -> Microseconds? {
        try Microseconds.fetchOne(db, sql: """
            SELECT min(card.due) FROM \(Self.metCards)
            WHERE questionProgress.learnerId = ? AND (card.lapses > 0 OR card.missed = 1) AND card.due > ?
            """, arguments: [learner, now])
    }
}
