import Foundation
import MootGrading
import MootModel
import MootSupport

/// Regrades a class's submissions against the instructor's own copy of a quiz, and reports on the class.
///
/// Scores inside a submission are ignored: every raw response is graded again. A submission that cannot be trusted
/// (too large, malformed, for another quiz, naming unknown questions, answering one twice, from the future) is
/// refused with a reason; the others are still graded. Another version of the quiz, a second submission by the
/// same student, or one over the time limit is graded but flagged.
public struct Gradebook {
    public struct Row: Sendable {
        public var file: String
        public var student: String
        public var points: Double
        public var percent: Double
        public var passed: Bool
        public var perQuestion: [String: Double]
        public var flags: [String]
        /// The verdict on each essay (explain) answer, so the instructor can read it criterion by criterion.
        public var essays: [String: Verdict] = [:]
    }

    public struct Refusal: Sendable {
        public var file: String
        public var reason: String
    }

    public let quiz: Quiz
    public private(set) var rows: [Row] = []
    public private(set) var refusals: [Refusal] = []
    /// Per question, the verdict each graded student got, the raw response and the rubric nodes it covered, for item analysis.
    var answers: [String: [(student: Int, outcome: Outcome, response: String, chosen: [String], covered: [String])]] = [:]
    let grader: Grader
    /// Row indices by normalised name, so spotting a second submission is one look-up, not a pass over the class.
    private var rowsByName: [String: [Int]] = [:]
    private let now: Date
    /// The instructor's key and roster; without one, only submissions taken from the full course can be read.
    public var instructor = InstructorSide(key: nil, keyFile: "")

    public static let maxBytes = 1_000_000
    /// Submissions may finish this long after the limit (clock skew, the last answer in flight).
    public static let grace: TimeInterval = 120

    public init(quiz: Quiz, course: Course, clock: Clock = .system) {
        self.quiz = quiz
        self.grader = Grader(course: course)
        self.now = Date(timeIntervalSince1970: Double(clock.now()) / 1_000_000)
    }

    /// Grades one submission file's bytes, or records why it is refused.
    public mutating func add(file: String, data: Data) {
        guard data.count <= Self.maxBytes else {
            return refusals.append(Refusal(file: file, reason: "too large (\(data.count) bytes; the limit is \(Self.maxBytes))"))
        }
        let submission: Submission
        do {
            submission = try JSONDecoder().decode(Submission.self, from: data)
        } catch {
            return refusals.append(Refusal(file: file, reason: "not a moot submission: \(Self.describe(error))"))
        }
        if let reason = problem(with: submission) { return refusals.append(Refusal(file: file, reason: reason)) }
        let layout: PackLayout?
        do { layout = try instructor.layout(for: submission, quiz: quiz) } catch {
            return refusals.append(Refusal(file: file, reason: error.reason))
        }
        var flags: [String] = []
        if submission.digest != (layout?.digest ?? quiz.digest) { flags.append("other version of the quiz") }
        flags += instructor.identityFlags(submission, quiz: quiz)
        let name = StudentName.key(submission.student)
        if let earlier = rowsByName[name] {
            flags.append("duplicate: \(submission.student) already submitted")
            for index in earlier where !rows[index].flags.contains(where: { $0.hasPrefix("duplicate") }) {
                rows[index].flags.append("duplicate: \(submission.student) submitted again")
            }
        }
        flags += timeFlags(submission)
        if let limit = quiz.timeLimit, let start = ISODate.date(submission.started), let end = ISODate.date(submission.finished),
           end.timeIntervalSince(start) > limit * 60 + Self.grace {
            flags.append("over time (\(Int(end.timeIntervalSince(start) / 60)) of \(NumberFormat.plain(limit)) minutes)")
        }
        let responses = Dictionary(uniqueKeysWithValues: submission.responses.map { ($0.question, $0) })
        var perQuestion: [String: Double] = [:]
        var essays: [String: Verdict] = [:]
        let index = rows.count
        for item in quiz.items {
            let response = responses[item.question.id]
            let text = response?.response ?? ""
            let order = layout?.choiceOrder(item.question, for: submission.student)
                ?? quiz.choiceOrder(item.question, for: submission.student)
            let verdict = text.isEmpty ? nil
                : try? grader.grade(item.question, answer: text, choiceOrder: order, itemOrder: layout?.itemOrder(item.question))
            perQuestion[item.question.id] = item.points * (verdict?.score ?? 0)
            if item.question.kind == .explain, let verdict { essays[item.question.id] = verdict }
            answers[item.question.id, default: []].append(
                (index, verdict?.verdict ?? .incorrect, text, chosenOptions(item.question, text, order), verdict?.covered ?? []))
        }
        let points = perQuestion.values.reduce(0, +)
        let percent = quiz.totalPoints > 0 ? points / quiz.totalPoints * 100 : 0
        var row = Row(file: file, student: submission.student, points: points, percent: percent,
                      passed: percent >= quiz.passPercent, perQuestion: perQuestion, flags: flags)
        row.essays = essays
        rowsByName[name, default: []].append(rows.count)
        rows.append(row)
    }

    /// Answer times a clock on the student's machine could not have produced: before the start, after the finish,
    /// or going backwards. (A forged clock that is consistent cannot be seen offline; the README says so.)
    private func timeFlags(_ submission: Submission) -> [String] {
        guard let start = ISODate.date(submission.started), let end = ISODate.date(submission.finished) else { return [] }
        var flags: [String] = []
        let times = submission.responses.compactMap { ISODate.date($0.at) }
        if times.contains(where: { $0 < start.addingTimeInterval(-1) }) { flags.append("answer timed before the start") }
        if times.contains(where: { $0 > end.addingTimeInterval(1) }) { flags.append("answer timed after the finish") }
        if zip(times, times.dropFirst()).contains(where: { $1 < $0.addingTimeInterval(-1) }) {
            flags.append("answer times out of order")
        }
        return flags
    }

    /// Why a decoded submission cannot be trusted, if it cannot.
    private func problem(with submission: Submission) -> String? {
        guard submission.format == "moot-submission/1" else { return "unknown format '\(submission.format.prefix(40))'" }
        guard submission.quiz == quiz.id else { return "it is for quiz '\(submission.quiz.prefix(40))', not '\(quiz.id)'" }
        guard !submission.student.trimmingCharacters(in: .whitespaces).isEmpty, submission.student.count <= 200 else {
            return "the student's name is missing or too long"
        }
        let known = Set(quiz.items.map(\.question.id))
        var seen = Set<String>()
        for response in submission.responses {
            guard known.contains(response.question) else { return "unknown question '\(response.question.prefix(60))'" }
            guard seen.insert(response.question).inserted else { return "question '\(response.question)' is answered twice" }
            guard response.response.count <= 20_000 else { return "the response to '\(response.question)' is too long" }
        }
        for (label, text) in [("start", submission.started), ("finish", submission.finished)] + submission.responses.map({ ("answer time", $0.at) }) {
            guard let date = ISODate.date(text) else { return "the \(label) time '\(text.prefix(40))' is not a date" }
            if date > now.addingTimeInterval(300) { return "the \(label) time \(text) is in the future" }
        }
        if let start = ISODate.date(submission.started), let end = ISODate.date(submission.finished), end < start {
            return "it finishes before it starts"
        }
        return nil
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
             DecodingError.keyNotFound(_, let context), DecodingError.dataCorrupted(let context):
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return (path.isEmpty ? "" : "at \(path): ") + context.debugDescription
        default:
            return "\(error)"
        }
    }

    /// For a choice question, the option texts a response picked.
    private func chosenOptions(_ question: Question, _ response: String, _ order: [Int]?) -> [String] {
        guard case let .choice(choices) = question.body, !response.isEmpty else { return [] }
        let shown = order?.map { choices[$0] } ?? choices
        return grader.selection(response, shown).map { $0.sorted().map { shown[$0].text } } ?? []
    }
}
