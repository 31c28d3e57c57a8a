import MootModel
import MootReview
import MootSupport

/// Where a learner stopped: a lesson and the index of the question they had reached in it, and when (so
/// `continue` can tell it from a review or practice run left open later or earlier).
public struct ResumePoint: Sendable, Equatable {
    public var lesson: String
    public var question: Int
    /// When the place was saved; not part of what the place is.
    public var at: Microseconds?
    public init(lesson: String, question: Int, at: Microseconds? = nil) {
        self.lesson = lesson
        self.question = question
        self.at = at
    }

    public static func == (a: Self, b: Self) -> Bool { a.lesson == b.lesson && a.question == b.question }
}

/// A review or practice run that was interrupted: its kind, its questions in order, how many were closed, and
/// when it was last saved (nil in a run saved before moot kept the time).
public struct OpenRun: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable { case review, practice }
    public var kind: Kind
    public var questions: [String]
    public var closed: Int
    public var at: Microseconds?
    public init(kind: Kind, questions: [String], closed: Int, at: Microseconds? = nil) {
        (self.kind, self.questions, self.closed, self.at) = (kind, questions, closed, at)
    }

    public static func == (a: Self, b: Self) -> Bool { a.kind == b.kind && a.questions == b.questions && a.closed == b.closed }
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
    /// How many times the question has been shown and closed as a review (its first try in a lesson or review run,
    /// or a skip): the next showing's number, which reshuffles its options.
    func showings(of question: String) -> Int
    /// The answers given to `question` in `mode` since `time` (skips aside), oldest first, each with the credit it
    /// earned: the tries at a question left open when the session ended, which a resumed run goes on from.
    func tries(at question: String, mode: AttemptMode, since time: Microseconds) -> [(response: String, credit: Double)]
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

extension SessionRecorder {
    /// A recorder that keeps no review log has shown nothing before.
    public func showings(of question: String) -> Int { 0 }
    /// Nor any tries to go on from.
    public func tries(at question: String, mode: AttemptMode, since time: Microseconds) -> [(response: String, credit: Double)] { [] }
}
