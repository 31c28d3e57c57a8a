import Foundation
@testable import MootModel
@testable import MootReview
@testable import MootStore
@testable import MootSupport

/// A recorder that keeps what the session reports in memory, for session tests where SQLite is beside the point.
final class FakeRecorder: SessionRecorder {
    struct Recorded: Equatable {
        var question: String, outcome: String, rating: Rating?, attempt: Int
    }

    var recorded: [Recorded] = []
    var skipped: [(question: String, rating: Rating?)] = []
    var position: ResumePoint?
    /// What `reviewQueue` returns.
    var queue: [String] = []

    func record(question: Question, response: String, outcome: String, score: Double, rating: Rating?, hintsUsed: Int,
                attempt: Int, seconds: Double, mode: AttemptMode, closedWith: Double?) throws {
        recorded.append(Recorded(question: question.id, outcome: outcome, rating: rating, attempt: attempt))
    }

    func recordSkip(question: Question, hintsUsed: Int, mode: AttemptMode, rating: Rating?) throws {
        skipped.append((question.id, rating))
    }

    func savePosition(lesson: String, question: Int) throws { position = ResumePoint(lesson: lesson, question: question) }
    func resumePoint() -> ResumePoint? { position }
    /// What `scores(of:)` returns.
    var saved: [String: QuestionScore] = [:]
    func scores(of questions: [String]) throws -> [String: QuestionScore] { saved.filter { questions.contains($0.key) } }
    var open: OpenRun?
    func saveOpenRun(_ run: OpenRun?) throws { open = run }
    func openRun() -> OpenRun? { open }
    func reviewQueue(all: Bool, now: Microseconds, limit: Int) throws -> [String] { queue }
    func nextDue(after now: Microseconds) throws -> Microseconds? { nil }
    func reviewCounts(now: Microseconds) throws -> ReviewCounts {
        var counts = ReviewCounts()
        (counts.dueNow, counts.dueMissed, counts.now) = (queue.count, queue.count, now)
        return counts
    }
    var newReviewsPerDay = 20
    func newReviewLimit() throws -> Int { newReviewsPerDay }
    func setNewReviewLimit(_ limit: Int) throws { newReviewsPerDay = limit }

    func progress(now: Microseconds) throws -> ProgressReport {
        ProgressReport(lessons: [], nodes: [], dueNow: 0, missed: 0, nextDue: nil)
    }

    func quizAttempts(_ quiz: String) throws -> (finished: Int, open: OpenQuizAttempt?) { (0, nil) }
    func startQuizAttempt(_ quiz: Quiz, student: String) throws -> OpenQuizAttempt {
        OpenQuizAttempt(id: 1, started: 0, responses: [:])
    }
    func saveQuizResponse(attempt: Int64, question: Question, response: String, outcome: String?, score: Double?) throws {}
    func finishQuizAttempt(_ attempt: Int64) throws {}
}
