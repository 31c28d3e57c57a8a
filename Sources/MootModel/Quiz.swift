import MootSupport

/// What a student sees after each answer, as Moodle's question behaviours: `deferred` (Moodle's default) saves
/// each answer with no verdict and shows the verdicts, right answers and points when the attempt ends;
/// `immediate` gives each verdict as the answer is saved, but (unlike Moodle) never the right answer or a
/// key's node title before the end, since quiz questions share parts of one argument and one question's key
/// can answer another. Either way an answer, once given, is final.
public enum FeedbackPolicy: String, CaseIterable, Codable, Sendable {
    /// The verdict after each answer (no right answer until the end).
    case immediate
    /// "Saved." after each answer; every verdict, right answer and point at the end.
    case deferred
    /// Never: the instructor grades the submission.
    case none
}

/// One question of a quiz and what it is worth.
public struct QuizItem: Sendable {
    public var question: Question
    public var points: Double

    public init(question: Question, points: Double) {
        self.question = question
        self.points = points
    }
}

/// An instructor's quiz: the questions (resolved from the course, a selection, or written inline) and the rules.
public struct Quiz: Sendable, Identifiable {
    public var id: String
    public var title: String
    public var instructions: String
    public var items: [QuizItem]
    /// Percent of the points needed to pass.
    public var passPercent: Double
    /// Minutes; nil for no limit.
    public var timeLimit: Double?
    public var attemptsAllowed: Int
    public var shuffleQuestions: Bool
    public var shuffleChoices: Bool
    public var feedback: FeedbackPolicy
    public var hintsAllowed: Bool
    /// The quiz's own seed: selections are the same for everyone; orders differ per student.
    public var seed: String
    /// A fingerprint of the quiz file and the whole course content: a submission must carry the same one.
    public var digest = ""
    public var location: SourceLocation

    public var totalPoints: Double { items.reduce(0) { $0 + $1.points } }

    /// The questions in the order this student sees them.
    public func order(for student: String) -> [QuizItem] {
        Self.order(items, shuffle: shuffleQuestions, seed: seed, student: student)
    }

    /// The order in which this student sees a choice question's options (indices into its choices).
    public func choiceOrder(_ question: Question, for student: String) -> [Int]? {
        guard case let .choice(choices) = question.body else { return nil }
        return Self.choiceOrder(count: choices.count, question: question.id, shuffle: shuffleChoices, seed: seed, student: student)
    }

    /// Question order for one student. A student copy of the quiz computes it here too, so `moot grade` reads
    /// the student's letters exactly as they were shown.
    public static func order<T>(_ items: [T], shuffle: Bool, seed: String, student: String) -> [T] {
        shuffle ? QuestionLayout.shuffled(items, seed: "\(seed)/\(student)/order") : items
    }

    /// Choice order for one student and question (indices into the choices); shared with student copies.
    public static func choiceOrder(count: Int, question: String, shuffle: Bool, seed: String, student: String) -> [Int] {
        let indices = Array(0..<count)
        return shuffle ? QuestionLayout.shuffled(indices, seed: "\(seed)/\(student)/\(question)") : indices
    }

    /// The rules as the student reads them before starting.
    public var rules: String { rules(feedback: feedback, hints: hintsAllowed) }

    /// The rules under a given feedback and hint policy (a student copy has no key: no feedback, no hints);
    /// `attempts: false` leaves out the attempts allowed, for a screen that says "Attempt 1 of 3" already.
    public func rules(feedback: FeedbackPolicy, hints: Bool, attempts: Bool = true) -> String {
        var lines = ["\(items.count) questions, \(NumberFormat.plain(totalPoints)) points; pass mark \(NumberFormat.plain(passPercent))%."]
        lines.append(timeLimit.map {
            "Time limit: \(NumberFormat.plain($0)) minutes from the start. It keeps running if you leave (quit or Ctrl-D) "
                + "and come back; when it runs out, your answers so far are submitted."
        } ?? "No time limit.")
        if attempts { lines.append("Attempts allowed: \(attemptsAllowed).") }
        switch feedback {
        case .immediate: lines.append("You see each verdict as you go; the right answers and the points come at the end.")
        case .deferred: lines.append("Each answer is saved with no verdict; the verdicts, the right answers and the points come at the end.")
        case .none: lines.append("No verdicts are shown: your instructor grades the submission.")
        }
        lines.append(hints ? "Hints are allowed." : "Hints are not allowed.")
        lines.append("One answer per question, and it is final; skip leaves it blank.")
        return lines.joined(separator: "\n")
    }

    public init(id: String, title: String, instructions: String, items: [QuizItem], passPercent: Double,
                timeLimit: Double? = nil, attemptsAllowed: Int, shuffleQuestions: Bool, shuffleChoices: Bool,
                feedback: FeedbackPolicy, hintsAllowed: Bool, seed: String, digest: String = "",
                location: SourceLocation) {
        self.id = id
        self.title = title
        self.instructions = instructions
        self.items = items
        self.passPercent = passPercent
        self.timeLimit = timeLimit
        self.attemptsAllowed = attemptsAllowed
        self.shuffleQuestions = shuffleQuestions
        self.shuffleChoices = shuffleChoices
        self.feedback = feedback
        self.hintsAllowed = hintsAllowed
        self.seed = seed
        self.digest = digest
        self.location = location
    }
}
