import Foundation
import MootContent
import MootGrading
import MootModel
import MootPresentation
import MootQuiz
import MootReview
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

    public func welcome() -> String { Self.welcome(CourseSummary(course: course), style: style, resume: recorder?.resumePoint()) }

    /// The greeting, from a summary of the course: the tutor can show it before the course has loaded.
    public static func welcome(_ summary: CourseSummary, style: Style, resume: ResumePoint?) -> String {
        var lines = [style.bold("moot") + " — " + summary.title, "  " + style.dim(summary.citation)]
        let count = summary.lessons.count
        lines.append("\(count) lesson\(count == 1 ? "" : "s"), \(summary.lessons.reduce(0) { $0 + $1.questions }) questions. "
                     + "Type \(style.accent("lessons")) to see them, \(style.accent("start 1")) to begin, "
                     + "\(style.accent("help")) for every command.")
        if let resume, let index = summary.lessons.firstIndex(where: { $0.id == resume.lesson }),
           resume.question < summary.lessons[index].questions {
            let lesson = summary.lessons[index]
            lines.append("Welcome back: you stopped in lesson \(index + 1), \(lesson.title), before question "
                         + "\(resume.question + 1) of \(lesson.questions). Type \(style.accent("continue")).")
        }
        return lines.map { style.wrap($0, indent: "  ") }.joined(separator: "\n")
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

    private func perform(_ command: Command, _ argument: String) -> String {
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

    private func help() -> String {
        let rows = Command.allCases.filter { $0 != .exit }.map { command in
            "  " + style.accent(command.usage.padding(toLength: 16, withPad: " ", startingAt: 0)) + command.summary
        }
        return (["Commands (TAB completes them; at a question, anything else is your answer):"] + rows
                + [style.dim("At a question, prefix a command with ':' if your answer starts with a command word.")])
            .joined(separator: "\n")
    }

    private func lessonList() -> String {
        course.lessons.enumerated().map { index, lesson in
            "  \(index + 1). \(style.accent(lesson.id.padding(toLength: 16, withPad: " ", startingAt: 0))) "
                + "\(lesson.title) (\(lesson.questions.count) questions)"
        }.joined(separator: "\n")
    }

    private func unknownLesson(_ reference: String) -> String {
        let reference = String(reference.prefix(40))
        return style.warn("No lesson '\(reference)'") + Suggestion.hint(for: reference, in: course.lessons.map(\.id))
            + ". Lessons: " + course.lessons.enumerated().map { "\($0.offset + 1) \($0.element.id)" }.joined(separator: ", ")
    }

    private func start(_ reference: String) -> String {
        guard !reference.isEmpty else { return "Which lesson?\n" + lessonList() }
        guard let lesson = course.lesson(reference) else { return unknownLesson(reference) }
        let number = course.number(of: lesson)
        var lines = [style.bold("Lesson \(number): \(lesson.title)")]
        if !lesson.objectives.isEmpty {
            lines.append("You will be able to:")
            lines += lesson.objectives.map { style.wrap("  • \($0)", indent: "    ") }
            lines.append("")
        }
        run = Run(kind: .lesson(number: number), lesson: lesson)
        lines.append(advance(from: 0))
        return lines.joined(separator: "\n")
    }

    private func resume() -> String {
        guard let resume = recorder?.resumePoint(),
              let index = course.lessons.firstIndex(where: { $0.id == resume.lesson }) else {
            return run == nil ? "Nothing to continue yet: type start 1." : (currentQuestion.map { presenter.render($0) } ?? "")
        }
        let lesson = course.lessons[index]
        let questionSteps = lesson.steps.indices.filter { if case .question = lesson.steps[$0] { true } else { false } }
        guard resume.question < questionSteps.count else {
            return index + 1 < course.lessons.count ? start(course.lessons[index + 1].id) : "You have finished every lesson."
        }
        run = Run(kind: .lesson(number: index + 1), lesson: lesson)
        let from = resume.question > 0 ? questionSteps[resume.question - 1] + 1 : 0
        return style.bold("Lesson \(index + 1): \(lesson.title)") + " — picking up where you stopped.\n" + advance(from: from)
    }

    /// Generated questions on the nodes of one lesson (or of the whole map), in a shuffled order.
    private func practice(_ reference: String) -> String {
        var questions = course.practice
        var title = "the whole map"
        if !reference.isEmpty {
            guard let lesson = course.lesson(reference) else { return unknownLesson(reference) }
            let nodes = Set(lesson.questions.flatMap(\.nodes))
            questions = questions.filter { !nodes.isDisjoint(with: $0.nodes) }
            title = lesson.title
        }
        guard !questions.isEmpty else { return "No practice questions for that." }
        var generator = SeededGenerator(seed: UInt64(clock.now() / 1000))
        let picked = Array(questions.shuffled(using: &generator).prefix(10))
        return begin(Run(kind: .practice, lesson: Self.synthetic(id: PracticeGenerator.lessonID, title: "Practice", picked)),
                     heading: "Practice on \(title): \(picked.count) questions generated from the map.")
    }

    /// Missed questions that are due, most overdue first; or, with `all`, every question ever missed.
    private func review(all: Bool) -> String {
        guard let recorder else { return "Review needs saved progress, which this session does not keep." }
        do {
            let ids = try recorder.reviewQueue(all: all, now: clock.now(), limit: 20)
            let questions = ids.compactMap { course.question($0) }
            guard !questions.isEmpty else {
                let next = try recorder.nextDue(after: clock.now())
                return all ? "You have not missed any question yet."
                    : "Nothing is due for review." + (next.map { " The next is due \(ISODate.string($0))." } ?? "")
            }
            let heading = all ? "Drilling every question you have missed: \(questions.count)."
                : "Review: \(questions.count) missed question\(questions.count == 1 ? "" : "s") due, most overdue first."
            return begin(Run(kind: .review, lesson: Self.synthetic(id: "review", title: "Review", questions)), heading: heading)
        } catch {
            return style.bad("Could not read your review queue: \(error)")
        }
    }

    private func progress() -> String {
        guard let recorder else { return "Progress needs saved progress, which this session does not keep." }
        do {
            return try recorder.progress(now: clock.now()).render(style: style)
        } catch {
            return style.bad("Could not read your progress: \(error)")
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

    private func finish(_ run: Run) -> String {
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

    private func answer(_ text: String) -> String {
        if quizRun != nil { return quizAnswer(text) }
        guard var run, let question = currentQuestion else { return "" }
        let verdict: Verdict
        do {
            verdict = try grader.grade(question, answer: text)
        } catch {
            return style.warn(String(describing: error))
        }
        run.attempts += 1
        self.run = run
        lastGraded = (question, verdict)
        if let recorder {
            do {
                try recorder.record(question: question, response: text, outcome: verdict.verdict.rawValue, score: verdict.score,
                                    rating: LearningPolicy.reviewRating(verdict.verdict, hintsUsed: run.hints, attempt: run.attempts),
                                    hintsUsed: run.hints, attempt: run.attempts,
                                    seconds: Double(clock.now() - run.shownAt) / 1_000_000, mode: run.mode)
            } catch {
                return style.bad("Your answer could not be saved, so it was not graded: \(error)")
            }
        }
        var lines = [style.wrap(label(verdict) + " " + verdict.feedback, indent: "  ")]
        if verdict.verdict == .correct || verdict.verdict == .partial {
            lines.append("\n" + advance(from: run.step + 1))
        } else if run.attempts >= Self.maxAttempts {
            lines.append(style.wrap("The answer: " + presenter.answer(question), indent: "  "))
            lines.append("\n" + advance(from: run.step + 1))
        } else {
            lines.append(style.dim("Try again, or type hint, skip or why."))
        }
        return lines.joined(separator: "\n")
    }

    func label(_ verdict: Verdict) -> String {
        switch verdict.verdict {
        case .correct: style.good("✓ correct")
        case .partial: style.warn("◐ partly right (\(Int((verdict.score * 100).rounded()))%)")
        case .incorrect: style.bad("✗ not quite")
        }
    }

    private func hint() -> String {
        if let quizRun, !quizRun.quiz.hintsAllowed { return "Hints are not allowed in this quiz." }
        guard var run, let question = currentQuestion else { return "Hints are for questions: start a lesson first." }
        guard run.hints < question.hints.count else {
            return question.hints.isEmpty ? "This question has no hints." : "No more hints: answer, or type skip."
        }
        run.hints += 1
        self.run = run
        return style.wrap(style.accent("Hint \(run.hints)/\(question.hints.count): ") + question.hints[run.hints - 1], indent: "  ")
    }

    private func skip() -> String {
        if quizRun != nil { return quizAnswer("") }
        guard let run, let question = currentQuestion else { return "Nothing to skip." }
        do {
            try recorder?.recordSkip(question: question, hintsUsed: run.hints, mode: run.mode,
                                    rating: LearningPolicy.skipRating)
        } catch {
            return style.bad("Could not save the skip: \(error)")
        }
        return style.wrap(style.dim("Skipped. The answer: ") + presenter.answer(question), indent: "  ") + "\n\n"
            + advance(from: run.step + 1)
    }

    private func why() -> String {
        if let quizRun, quizRun.quiz.feedback != .immediate {
            return "why is not available in this quiz: verdicts come " + (quizRun.quiz.feedback == .after ? "when you submit." : "from your instructor.")
        }
        if let (question, verdict) = lastGraded { return presenter.explain(verdict, question: question) }
        return currentQuestion == nil ? "Nothing answered yet." : "Answer first, then why explains the verdict. Stuck? Type hint."
    }

    /// `map NODE` shows that node's neighbourhood; bare `map` shows the part the current question is about,
    /// or the whole map outside a question.
    private func map(_ argument: String) -> String {
        let tree = MapTree(map: course.map, style: style)
        if !argument.isEmpty {
            let id = argument.lowercased()
            return tree.render(around: id) ?? style.warn("No node '\(id.prefix(40))'")
                + Suggestion.hint(for: id, in: course.map.nodes.map(\.id)) + ". Type map for the whole map."
        }
        if let question = currentQuestion {
            // The neighbourhood of what the question is about, without giving a short answer away.
            let focus = question.kind == .short || question.kind == .explain
                ? course.map.edges(from: question.nodes[0]).first?.to ?? question.nodes[0] : question.nodes[0]
            return tree.render(around: focus) ?? ""
        }
        return tree.render()
    }
}
