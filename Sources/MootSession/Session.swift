import Foundation
import MootContent
import MootGrading
import MootModel
import MootPresentation
import MootStore
import MootSupport

/// The tutor's state machine: it takes the learner's lines and returns what to print.
///
/// It never touches the terminal, so the same code runs under libedit, on piped stdin and in unit tests.
public final class Session: InteractiveSession {
    public let course: Course
    public let style: Style
    /// Built on the first answer: the prompt does not need it, so start-up does not wait for it.
    public private(set) lazy var grader = Grader(course: course)
    let presenter: QuestionPresenter
    /// Called before feedback is shown, so a kill at any moment loses at most the answer being typed.
    public var recorder: (any SessionRecorder)?
    /// The time now: for time limits, review queues, answer times and practice shuffles.
    public var clock: Clock = .system

    /// What the learner is working through: a lesson, or a run of practice or review questions.
    struct Run {
        enum Kind: Equatable { case lesson(number: Int), practice, review, quiz }
        var kind: Kind
        var lesson: Lesson
        var step = 0
        var attempts = 0
        var hints = 0
        /// When the current question was shown.
        var shownAt: Microseconds = 0

        var mode: AttemptMode { kind == .review ? .review : kind == .quiz ? .quiz : .study }
    }

    var run: Run?
    var lastGraded: (question: Question, verdict: Verdict)?
    /// The quiz being taken, if any.
    var quizRun: QuizRun?
    /// The student's name on quiz submissions.
    public var student = "student"
    /// Where quiz submissions are written.
    public var submissions = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    public private(set) var isFinished = false

    /// Wrong tries before the answer is shown and the run moves on.
    public static let maxAttempts = 3

    public init(course: Course, style: Style) {
        self.course = course
        self.style = style
        self.presenter = QuestionPresenter(map: course.map, style: style)
    }

    // MARK: what the learner sees

    public var prompt: String {
        guard let run, let question = currentQuestion else { return "moot> " }
        if let quizRun { return quizPrompt(quizRun, question) }
        let questions = run.lesson.questions
        let number = (questions.firstIndex { $0.id == question.id } ?? 0) + 1
        return "\(run.lesson.id) \(number)/\(questions.count)> "
    }

    var currentQuestion: Question? {
        guard let run, run.lesson.steps.indices.contains(run.step),
              case let .question(question) = run.lesson.steps[run.step] else { return nil }
        return question
    }

    // MARK: input

    /// Handles one line of input and returns the text to print (possibly empty).
    public func handle(_ rawLine: String) -> String {
        let line = Self.sanitize(rawLine)
        if let quizRun, quizRun.isOverTime(clock.now()) { return finishQuiz(timeUp: true) }
        let words = line.split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = words.first?.lowercased() else {
            return currentQuestion == nil ? "" : style.dim("Type your answer, or hint, skip or why.")
        }
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        let forced = first.hasPrefix(":")
        if let command = Command(rawValue: forced ? String(first.dropFirst()) : first),
           currentQuestion == nil || forced || command.fits(argument) {
            return perform(command, argument)
        }
        if currentQuestion != nil { return answer(line) }
        let word = String(first.prefix(40))
        return style.warn("Unknown command '\(word)'")
            + Suggestion.hint(for: word, in: Command.allCases.map(\.rawValue)) + ". Type help for the list."
    }

    /// Control characters are dropped (a tab becomes a space); the line is trimmed.
    static func sanitize(_ line: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            if scalar == "\t" { scalars.append(" ") }
            else if scalar.properties.generalCategory != .control && scalar.properties.generalCategory != .format {
                scalars.append(scalar)
            }
        }
        return String(scalars).trimmingCharacters(in: .whitespaces)
    }

    /// Words that complete the last word of `line`: commands first, then lesson ids or node ids.
    public func completions(for line: String) -> [String] {
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        if parts.count <= 1 { return Command.allCases.map(\.rawValue) }
        switch Command(rawValue: String(parts[0]).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ":"))) {
        case .start, .practice: return course.lessons.map(\.id)
        case .quiz: return course.quizzes.map(\.id)
        case .map: return course.map.nodes.map(\.id)
        default: return []
        }
    }

    // MARK: commands

    func perform(_ command: Command, _ argument: String) -> String {
        switch command {
        case .help: return help()
        case .lessons: return lessonList()
        case .start: return start(argument)
        case .continue: return resume()
        case .practice: return practice(argument)
        case .hint: return hint()
        case .skip: return skip()
        case .why: return why()
        case .map: return map(argument)
        case .review: return review(all: argument.lowercased() == "all")
        case .progress: return progress()
        case .quiz: return startQuiz(argument)
        case .quit, .exit:
            isFinished = true
            return "Bye. Your place is kept; type moot to come back."
        }
    }

    /// A lesson made of questions only, for practice and review.
    static func synthetic(id: String, title: String, _ questions: [Question]) -> Lesson {
        Lesson(id: id, title: title, section: "", objectives: [], steps: questions.map { .question($0) },
               location: SourceLocation(file: "(\(id))", line: 0, column: 0))
    }

    func begin(_ newRun: Run, heading: String) -> String {
        run = newRun
        return style.bold(heading) + "\n" + advance(from: 0)
    }

    /// Shows narration from `step` on until the next question, which it presents; or ends the run.
    func advance(from step: Int) -> String {
        guard var run else { return "" }
        var lines: [String] = []
        var index = step
        while index < run.lesson.steps.count, case let .narration(text, cite) = run.lesson.steps[index] {
            if !lines.isEmpty { lines.append("") }
            lines.append(style.wrap(text))
            if let cite { lines.append(style.dim("  — \(cite)")) }
            index += 1
        }
        run = Run(kind: run.kind, lesson: run.lesson, step: index, shownAt: clock.now())
        self.run = run
        if case .lesson = run.kind {
            let reached = run.lesson.steps[..<index].filter { if case .question = $0 { true } else { false } }.count
            do {
                try recorder?.savePosition(lesson: run.lesson.id, question: reached)
            } catch {
                lines.append(style.bad("Your place could not be saved: \(error)"))
            }
        }
        if let question = currentQuestion {
            if !lines.isEmpty { lines.append("") }
            lines.append(presenter.render(question, choiceOrder: quizRun.flatMap { $0.quiz.choiceOrder(question, for: $0.student) }))
            return lines.joined(separator: "\n")
        }
        if run.kind == .quiz { return (lines + [finishQuiz(timeUp: false)]).joined(separator: "\n") }
        self.run = nil
        lines.append(finish(run))
        return lines.joined(separator: "\n")
    }

    func finish(_ run: Run) -> String {
        switch run.kind {
        case .lesson(let number):
            let next = number < course.lessons.count
                ? "Next: \(style.accent("start \(course.lessons[number].id)")) — \(course.lessons[number].title)."
                : "That was the last lesson. Type \(style.accent("practice")) for more questions from the map."
            return style.good("Lesson \(number) complete.") + " \(next)"
        case .practice:
            return style.good("Practice done.") + " Type practice again for a new set."
        case .quiz:
            return ""
        case .review:
            let next = (try? recorder?.nextDue(after: clock.now())).flatMap { $0 }
            return style.good("Review done.") + (next.map { " The next missed question is due \(ISODate.string($0))." } ?? "")
        }
    }


}
