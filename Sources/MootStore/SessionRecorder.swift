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

/// What a session reports so progress survives: each call commits before the session shows feedback. The store
/// owns this protocol and every type it carries; `LearnerRecord` implements it, and tests may fake it.
public protocol SessionRecorder: AnyObject {
    /// An answer and its outcome ("correct", "partial", "incorrect"); `rating` is the FSRS review it counts as,
    /// nil when it is not a review (the learning policy decides).
    func record(question: Question, response: String, outcome: String, score: Double, rating: Rating?, hintsUsed: Int,
                attempt: Int, seconds: Double, mode: AttemptMode) throws
    /// A skipped question, reviewed with `rating` (the learning policy says which).
    func recordSkip(question: Question, hintsUsed: Int, mode: AttemptMode, rating: Rating) throws
    /// The learner reached question `question` (0-based; the lesson's question count once it is done).
    func savePosition(lesson: String, question: Int) throws
    func resumePoint() -> ResumePoint?
    /// Missed questions to review: due ones, most overdue first, or with `all` every one ever missed.
    func reviewQueue(all: Bool, now: Microseconds, limit: Int) throws -> [String]
    func nextDue(after now: Microseconds) throws -> Microseconds?
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
