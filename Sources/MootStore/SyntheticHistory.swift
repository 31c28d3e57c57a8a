import Foundation
import GRDB
import MootModel
import MootSupport

extension Store {
    /// Bulk-fills a learner's history for the benchmark: `attempts` attempts cycling over `questions` (every third
    /// incorrect, one a second back from `now`), `cards` cards with due dates spread around `now`, and the
    /// per-question summaries. Here so that no GRDB type leaves the store.
    public func fillSyntheticHistory(learner: Int64, questions: [Question], attempts: Int, cards: Int,
                                     now: Microseconds) throws {
        try database.write { db in
            let attempt = try db.makeStatement(sql: """
                INSERT INTO attempt (learnerId, question, lesson, response, verdict, score, hintsUsed, attempt, mode, seconds, at)
                VALUES (?, ?, ?, 'an answer', ?, ?, 0, 1, 'study', 3.5, ?)
                """)
            for index in 0..<attempts {
                let question = questions[index % questions.count]
                try attempt.execute(arguments: [learner, question.id, question.lesson, index % 3 == 0 ? "incorrect" : "correct",
                                                index % 3 == 0 ? 0.0 : 1.0, now - Int64(index) * 1_000_000])
            }
            let card = try db.makeStatement(sql: """
                INSERT INTO card (learnerId, question, state, step, stability, difficulty, due, lastReview, lapses, missed)
                VALUES (?, ?, ?, NULL, ?, 5.0, ?, ?, ?, ?)
                """)
            for index in 0..<cards {
                let id = index < questions.count ? questions[index].id : "generated-\(index)"
                try card.execute(arguments: [learner, id, index % 4 == 0 ? 3 : 2, Double(index % 50) + 1,
                                             now + Int64(index - cards / 2) * 60_000_000, now - 86_400_000_000, index % 3, index % 7 == 0 ? 1 : 0])
            }
            try db.execute(sql: """
                INSERT INTO questionProgress (learnerId, question, lesson, attempts, best)
                SELECT learnerId, question, lesson, count(*), max(score) FROM attempt GROUP BY learnerId, question
                """)
        }
    }
}
