import Foundation
import GRDB
import MootReview
import MootSupport

extension LearnerRecord {
    public func scores(of questions: [String]) throws -> [String: QuestionScore] {
        let wanted = Set(questions)
        return try store.database.read { try scores($0) }.filter { wanted.contains($0.key) }
    }

    /// Every question the learner has answered or skipped, with its first-try and final credit.
    func scores(_ db: Database) throws -> [String: QuestionScore] {
        var scores: [String: QuestionScore] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT question, coalesce(final, best), firstTry FROM questionProgress WHERE learnerId = ?",
                                       arguments: [learner])
        while let row = try rows.next() {
            let final: Double = row[1]
            scores[row[0]] = QuestionScore(firstTry: row[2] ?? final, final: final)
        }
        return scores
    }

    /// Reads only the per-question summaries and the cards of questions met, never the attempt log, so it stays
    /// fast however long that is: one query, driven by the questions met (cards of questions never answered
    /// or skipped count for nothing here).
    public func progress(now: Microseconds) throws -> ProgressReport {
        try store.database.read { db in
            var best: [String: Double] = [:], first: [String: Double] = [:]
            let scheduler = Scheduler()
            var recall: [String: Double] = [:]
            var missed: [String] = []
            // A cursor and positional columns: this runs over every question the learner has met.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT questionProgress.question, coalesce(final, best), firstTry, stability, due, lastReview, missed
                FROM questionProgress LEFT JOIN card
                    ON card.learnerId = questionProgress.learnerId AND card.question = questionProgress.question
                WHERE questionProgress.learnerId = ?
                """, arguments: [learner])
            while let row = try rows.next() {
                let question: String = row[0]
                best[question] = row[1]
                first[question] = row[2] ?? row[1]
                // `due` is never NULL in a card: NULL here means the question has no card.
                guard let due: Microseconds = row[4] else { continue }
                var card = Card(due: due)
                card.stability = row[3]
                card.lastReview = row[5]
                // Recall a week from now: just after any answer recall is 100 %, which tells nothing; in a week a
                // question missed today has faded and one known well has not.
                recall[question] = scheduler.retrievability(card, at: now + ProgressReport.recallHorizon)
                if (row[6] as Int) == 1 { missed.append(question) }
            }
            let lessons = course.lessons.map { lesson -> ProgressReport.LessonRow in
                let scores = lesson.questions.compactMap { best[$0.id] }
                let firsts = lesson.questions.compactMap { first[$0.id] }
                let right = firsts.filter { $0 >= 0.999 }.count
                return .init(id: lesson.id, title: lesson.title, done: scores.count, total: lesson.questions.count,
                             score: scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count),
                             firstTry: firsts.isEmpty ? 0 : firsts.reduce(0, +) / Double(firsts.count),
                             firstTryRight: right, firstTryMissed: firsts.count - right,
                             firstTryPartly: firsts.filter { $0 > 0 && $0 < 0.999 }.count)
            }
            let next = try nextDue(after: now, db)
            let due = try dueReviews(now: now, db)
            let dueNow = Set(due.questions), missedNow = Set(missed)
            var byNode: [String: [String]] = [:]
            for question in course.lessons.flatMap(\.questions) {
                for node in question.nodes { byNode[node, default: []].append(question.id) }
            }
            let nodes = course.map.nodes.compactMap { node -> ProgressReport.NodeRow? in
                // Only nodes met: questions on them the learner has answered or skipped.
                let met = (byNode[node.id] ?? []).filter { best[$0] != nil }
                guard !met.isEmpty else { return nil }
                let mastery = met.map { recall[$0] ?? 0 }.reduce(0, +) / Double(met.count)
                return .init(id: node.id, title: node.title, mastery: mastery, questions: met.count,
                             due: met.filter(dueNow.contains).count, missed: met.filter(missedNow.contains).count)
            }
            return ProgressReport(lessons: lessons, nodes: nodes, dueNow: due.questions.count, heldBack: due.heldBack,
                                  newPerDay: due.newPerDay, newToday: due.startedToday, missed: missed.count,
                                  nextDue: next.map(ISODate.string), dueQuestions: due.questions, missedQuestions: missed.sorted(),
                                  review: try Self.reviewCounts(learner: learner, now: now, zone: timeZone, db))
        }
    }
}
