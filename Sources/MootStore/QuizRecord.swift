import Foundation
import GRDB
import MootModel
import MootSupport

/// Quiz attempts in the store: begun, answered as given, submitted.
/// A quiz attempt begun but not submitted, with the responses saved so far.
public struct OpenQuizAttempt: Sendable {
    public var id: Int64
    public var started: Microseconds
    public var responses: [String: SavedQuizResponse]
}

/// One response of a quiz attempt as the store saved it.
public struct SavedQuizResponse: Sendable {
    public var question: String
    /// Exactly as typed; empty for a skipped question.
    public var response: String
    /// The local verdict ("correct", …), nil when none was given.
    public var verdict: String?
    public var score: Double?
    /// When it was saved.
    public var at: Microseconds
}

extension LearnerRecord {
    public func quizAttempts(_ quiz: String) throws -> (finished: Int, open: OpenQuizAttempt?) {
        try store.database.read { db in
            let finished = try Int.fetchOne(db, sql: "SELECT count(*) FROM quizAttempt WHERE learnerId = ? AND quiz = ? AND finishedAt IS NOT NULL",
                                            arguments: [learner, quiz]) ?? 0
            guard let row = try Row.fetchOne(db, sql: """
                SELECT id, startedAt FROM quizAttempt WHERE learnerId = ? AND quiz = ? AND finishedAt IS NULL ORDER BY id DESC LIMIT 1
                """, arguments: [learner, quiz]) else { return (finished, nil) }
            var responses: [String: SavedQuizResponse] = [:]
            for response in try Row.fetchAll(db, sql: "SELECT * FROM quizResponse WHERE attemptId = ?", arguments: [row["id"] as Int64]) {
                let question: String = response["question"]
                responses[question] = SavedQuizResponse(question: question, response: response["response"],
                                                        verdict: response["verdict"], score: response["score"], at: response["at"])
            }
            return (finished, OpenQuizAttempt(id: row["id"], started: row["startedAt"], responses: responses))
        }
    }

    public func startQuizAttempt(_ quiz: Quiz, student: String) throws -> OpenQuizAttempt {
        let now = clock.now()
        let id = try store.database.write { db -> Int64 in
            try db.execute(sql: "INSERT INTO quizAttempt (learnerId, quiz, digest, student, startedAt) VALUES (?, ?, ?, ?, ?)",
                           arguments: [learner, quiz.id, quiz.digest, student, now])
            return db.lastInsertedRowID
        }
        return OpenQuizAttempt(id: id, started: now, responses: [:])
    }

    /// Saves a response as given, before any feedback is shown.
    public func saveQuizResponse(attempt: Int64, question: Question, response: String, outcome: String?, score: Double?) throws {
        try store.database.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO quizResponse (attemptId, question, response, verdict, score, at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [attempt, question.id, response, outcome, score, clock.now()])
            try db.execute(sql: """
                INSERT INTO attempt (learnerId, question, lesson, response, verdict, score, hintsUsed, attempt, mode, seconds, at)
                VALUES (?, ?, ?, ?, ?, ?, 0, 1, 'quiz', 0, ?)
                """, arguments: [learner, question.id, question.lesson, response, outcome ?? "ungraded",
                                 score ?? 0, clock.now()])
        }
    }

    public func finishQuizAttempt(_ attempt: Int64) throws {
        try store.database.write { db in
            try db.execute(sql: "UPDATE quizAttempt SET finishedAt = ? WHERE id = ?", arguments: [clock.now(), attempt])
        }
    }
}
