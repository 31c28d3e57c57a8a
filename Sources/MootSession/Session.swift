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
        /// Answers already given to the current question, normalised: the same one again costs no try.
        var tried: Set<String> = []
        /// When the current question was shown.
        var shownAt: Microseconds = 0
        /// The answer to the current question has been shown (`why` before it was closed): a later answer is not known.
        var revealed = false
        /// The map was looked at during the current question: it counts as one hint.
        var lookedAtMap = false
        /// The learner was told, before any map was shown, that looking counts as a hint.
        var toldMapIsHint = false
        /// The score at the first try of each question closed in this run, in order (0 for a skip).
        var firstTries: [(question: Question, score: Double)] = []
        /// The final score of each question closed in this run.
        var finals: [String: Double] = [:]
        /// How many times the current question had been shown and closed before: its options are shuffled anew
        /// for each showing.
        var showing = 0
        /// A word that looked like a mistyped command and was not taken as an answer: typed again, it is one.
        var strayWord: String?
        /// The question closed just before this one with its answer shown (after the last try, a skip or `why`),
        /// and the option order it was shown in: its answer typed back here is not a try (see `shownAnswerTypedBack`).
        var shownBefore: (question: Question, order: [Int]?)?
        /// An answer that notice was given for: typed again at once, it is taken as given.
        var noticedTypedBack: String?

        /// Hints as recorded and rated: the map counts as one.
        var hintsUsed: Int { hints + (lookedAtMap ? 1 : 0) }

        var mode: AttemptMode { kind == .review ? .review : kind == .quiz ? .quiz : .study }
    }

    var run: Run?
    /// The questions missed at the first try in the run just finished, for `review now`.
    var justMissed: [Question] = []
    var lastGraded: (question: Question, verdict: Verdict)?
    /// The quiz being taken, if any.
    var quizRun: QuizRun?
    /// The student's name on quiz submissions.
    public var student = "student"
    /// Where quiz submissions are written.
    public var submissions = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    public internal(set) var isFinished = false
    /// Taking one quiz and nothing else: the session finishes when the quiz does.
    public var quizOnly = false
    /// What leaving says: how to come back (a quiz command sets its own).
    public var goodbye = "Bye. Your place is kept; type moot to come back."
    /// After the goodbye (and a timed quiz's time left): the command that carries on, if it is not in the goodbye.
    public var resumeHint: String?

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
        return QuestionPrompt.text(run: run.lesson.id, position: number, of: questions.count, secondsLeft: nil, width: style.width)
    }

    var currentQuestion: Question? {
        guard let run, run.lesson.steps.indices.contains(run.step),
              case let .question(question) = run.lesson.steps[run.step] else { return nil }
        return question
    }

    // MARK: input

    /// Handles one line of input and returns the text to print (possibly empty), laid out to the terminal's width.
    public func handle(_ rawLine: String) -> String { style.fit(respond(rawLine)) }

    private func respond(_ rawLine: String) -> String {
        let line = Self.sanitize(rawLine)
        if let quizRun, quizRun.isOverTime(clock.now()) { return finishQuiz(timeUp: true) }
        let words = line.split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = words.first?.lowercased() else {
            return currentQuestion == nil ? "" : style.dim("Type your answer, or " + Self.helpAtAQuestion)
        }
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        let forced = first.hasPrefix(":")
        if let command = Command(rawValue: forced ? String(first.dropFirst()) : first),
           currentQuestion == nil || forced || command.fits(argument) {
            return perform(command, argument)
        }
        if currentQuestion != nil { return strayCommand(line) ?? answer(line) }
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
        case .define: return course.glossary.map(\.id)
        default: return []
        }
    }

    // MARK: commands

    /// Commands that leave the question open and print more than a line: the question comes again under what
    /// they print, as it was shown, so the learner need not scroll back for it.
    static let showQuestionAgain: Set<Command> = [.help, .lessons, .map, .why, .define, .progress]

    func perform(_ command: Command, _ argument: String) -> String {
        if let refusal = refusedDuringQuiz(command) { return refusal }
        let before = currentQuestion?.id
        let output = execute(command, argument)
        guard Self.showQuestionAgain.contains(command), let question = currentQuestion, question.id == before else { return output }
        let header = quizRun == nil ? nil : quizHeader(question)
        return output + "\n\n" + (header.map { $0 + "\n" } ?? "") + presenter.render(question, choiceOrder: choiceOrder(question))
    }

    private func execute(_ command: Command, _ argument: String) -> String {
        switch command {
        case .help: return quizRun == nil ? help() : quizHelp()
        case .lessons: return lessonList()
        case .start: return start(argument)
        case .continue: return resume(argument)
        case .practice: return practice(argument)
        case .hint: return hint()
        case .skip: return skip()
        case .why: return why()
        case .map: return map(argument)
        case .define: return define(argument)
        case .review:
            let words = argument.lowercased().split(separator: " ")
            if words.first == "limit" { return setReviewLimit(words.dropFirst().joined()) }
            return words.first == "now" ? reviewNow() : review(all: words.first == "all")
        case .progress: return progress()
        case .quiz: return startQuiz(argument)
        case .quit, .exit:
            isFinished = true
            // A timed quiz's clock runs from its start, as Moodle's does: say how much of it is left.
            return [goodbye, timeLimitNotice(), resumeHint].compactMap { $0 }.joined(separator: "\n")
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
    func advance(from step: Int, shownBefore: (question: Question, order: [Int]?)? = nil) -> String {
        guard var run else { return "" }
        var lines: [String] = []
        var index = step
        while index < run.lesson.steps.count, case let .narration(text, cite) = run.lesson.steps[index] {
            if !lines.isEmpty { lines.append("") }
            lines.append(style.wrap(text))
            if let cite { lines.append(style.dim(style.wrap("  — \(cite)", indent: "    "))) }
            index += 1
        }
        run = Run(kind: run.kind, lesson: run.lesson, step: index, shownAt: clock.now(), firstTries: run.firstTries,
                  finals: run.finals, shownBefore: shownBefore)
        if run.kind != .quiz, run.lesson.steps.indices.contains(index), case let .question(next) = run.lesson.steps[index] {
            run.showing = recorder?.showings(of: next.id) ?? 0
        }
        self.run = run
        if let failure = keepOpenRun(run, closed: run.lesson.steps[..<index].count) { lines.append(failure) }
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
            // An essay's rubric is not shown here: its criteria are what the answer should say. It comes with the verdict.
            if run.kind == .quiz, let header = quizHeader(question) { lines.append(header) }
            lines.append(presenter.render(question, choiceOrder: choiceOrder(question)))
            return lines.joined(separator: "\n")
        }
        if run.kind == .quiz { return (lines + [finishQuiz(timeUp: false)]).joined(separator: "\n") }
        self.run = nil
        // A review or practice run that ends is no longer open; a lesson that ends leaves an open one as it was.
        if run.kind == .review || run.kind == .practice { closeOpenRun() }
        if !lines.isEmpty { lines.append("") }  // a closing recap, then the lesson's summary
        lines.append(finish(run))
        return lines.joined(separator: "\n")
    }

    /// A title as the end of a sentence: a full stop unless it already ends with one, or with ? or !.
    static func sentence(_ title: String) -> String {
        title.last.map { ".?!".contains($0) } == true ? title : title + "."
    }
}
