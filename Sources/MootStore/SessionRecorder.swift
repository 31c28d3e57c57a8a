import MootModel
import MootReview
import MootSupport

/// Where a learner stopped: a lesson and the index of the question they had reached in it.
public struct ResumePoint: Sendable, Equatable {
    public var lesson: String
    public var question: Int
    public init(lesson: String, question: Int) {
        self.lesson = lesson
        self.question = question
    }
}

/// A review or practice run that was interrupted: its kind, its questions in order, and how many were closed.
public struct OpenRun: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable { case review, practice }
    public var kind: Kind
    public var questions: [String]
    public var closed: Int
    public init(kind: Kind, questions: [String], closed: Int) {
        (self.kind, self.questions, self.closed) = (kind, questions, closed)
    }
}

/// One question's standing: the credit of the first try ever (a skip is 0) and of the latest close.
public struct QuestionScore: Sendable, Equatable {
    public var firstTry: Double
    public var final: Double
    public init(firstTry: Double, final: Double) { (self.firstTry, self.final) = (firstTry, final) }
}

/// What a session reports so progress survives: each call commits before the session shows feedback. The store
/// owns this protocol and every type it carries; `LearnerRecord` implements it, and tests may fake it.
public protocol SessionRecorder: AnyObject {
    /// An answer and its outcome ("correct", "partial", "incorrect"); `rating` is the FSRS review it counts as,
    /// nil when it is not a review (the learning policy decides). `closedWith` is set when this answer closes the
    /// question: the credit it closes with (0 when the answer had been shown), which `progress` shows as final.
    func record(question: Question, response: String, outcome: String, score: Double, rating: Rating?, hintsUsed: Int,
                attempt: Int, seconds: Double, mode: AttemptMode, closedWith: Double?) throws
    /// A skipped question, reviewed with `rating` (the learning policy says which; nil after a first try, which
    /// was the review). It closes the question with no credit.
    func recordSkip(question: Question, hintsUsed: Int, mode: AttemptMode, rating: Rating?) throws
    /// The learner reached question `question` (0-based; the lesson's question count once it is done).
    func savePosition(lesson: String, question: Int) throws
    func resumePoint() -> ResumePoint?
    /// The standing of those of `questions` the learner has answered or skipped: a lesson taken up after a
    /// restart ends with the whole lesson's figures, the same ones `progress` gives.
    func scores(of questions: [String]) throws -> [String: QuestionScore]
    /// A review or practice run left open, kept so `continue` can take it up after a restart (nil clears it).
    func saveOpenRun(_ run: OpenRun?) throws
    func openRun() -> OpenRun?
    /// Missed questions to review: due ones, most overdue first, or with `all` every one ever missed.
    func reviewQueue(all: Bool, now: Microseconds, limit: Int) throws -> [String]
    func nextDue(after now: Microseconds) throws -> Microseconds?
    /// What review holds now, as every screen counts it.
    func reviewCounts(now: Microseconds) throws -> ReviewCounts
    /// How many questions may come to review for the first time each day, and setting it.
    func newReviewLimit() throws -> Int
    func setNewReviewLimit(_ limit: Int) throws
    func progress(now: Microseconds) throws -> ProgressReport
    /// Submitted attempts at a quiz, and the one begun but not submitted, if any.
    func quizAttempts(_ quiz: String) throws -> (finished: Int, open: OpenQuizAttempt?)
    func startQuizAttempt(_ quiz: Quiz, student: String) throws -> OpenQuizAttempt
    /// Saves a quiz response as given, before any feedback is shown.
    func saveQuizResponse(attempt: Int64, question: Question, response: String, outcome: String?, score: Double?) throws
    func finishQuizAttempt(_ attempt: Int64) throws
}
