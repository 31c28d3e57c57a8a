import Foundation

/// The tutor's state machine: it takes the learner's lines and returns what to print.
///
/// It never touches the terminal, so the same code runs under libedit, on piped stdin and in unit tests.
public final class Session {
    public let course: Course
    public let grader: Grader
    public let style: Style
    let presenter: QuestionPresenter
    /// Called before feedback is shown, so a kill at any moment loses at most the answer being typed.
    public var recorder: (any SessionRecorder)?

    struct Place {
        var lesson: Int
        var step: Int
        var attempts = 0
        var hints = 0
        var shownAt = Date()
    }

    private var place: Place?
    private var lastGraded: (question: Question, verdict: Verdict)?
    public private(set) var isFinished = false

    /// Wrong tries before the answer is shown and the lesson moves on.
    public static let maxAttempts = 3

    public init(course: Course, style: Style) {
        self.course = course
        self.style = style
        self.grader = Grader(course: course)
        self.presenter = QuestionPresenter(map: course.map, style: style)
    }

    // MARK: what the learner sees

    public var prompt: String {
        guard let place, let question = currentQuestion else { return "moot> " }
        let lesson = course.lessons[place.lesson]
        let number = (lesson.questions.firstIndex { $0.id == question.id } ?? 0) + 1
        return "\(lesson.id) \(number)/\(lesson.questions.count)> "
    }

    public func welcome() -> String {
        var lines = [style.bold("moot") + " — " + course.title, "  " + style.dim(course.citation.formatted)]
        lines.append("\(course.lessons.count) lesson\(course.lessons.count == 1 ? "" : "s"), \(course.questions.count) questions. "
                     + "Type \(style.accent("lessons")) to see them, \(style.accent("start 1")) to begin, "
                     + "\(style.accent("help")) for every command.")
        if let resume = recorder?.resumePoint(), let lesson = course.lessons.first(where: { $0.id == resume.lesson }),
           resume.question < lesson.questions.count {
            lines.append("Welcome back: you stopped in lesson \(course.number(of: lesson)), \(lesson.title), "
                         + "before question \(resume.question + 1) of \(lesson.questions.count). Type \(style.accent("continue")).")
        }
        return lines.map { style.wrap($0, indent: "  ") }.joined(separator: "\n")
    }

    var currentQuestion: Question? {
        guard let place else { return nil }
        let steps = course.lessons[place.lesson].steps
        guard steps.indices.contains(place.step), case let .question(question) = steps[place.step] else { return nil }
        return question
    }

    // MARK: input

    /// Handles one line of input and returns the text to print (possibly empty).
    public func handle(_ rawLine: String) -> String {
        let line = Self.sanitize(rawLine)
        let words = line.split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = words.first?.lowercased() else {
            return currentQuestion == nil ? "" : style.dim("Type your answer, or hint, skip or why.")
        }
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        if let command = Command(rawValue: first.hasPrefix(":") ? String(first.dropFirst()) : first),
           currentQuestion == nil || first.hasPrefix(":") || command.acceptsArgument(argument, course: course) {
            return run(command, argument)
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
        switch Command(rawValue: String(parts[0]).lowercased()) {
        case .start: return course.lessons.map(\.id)
        default: return []
        }
    }

    // MARK: commands

    private func run(_ command: Command, _ argument: String) -> String {
        switch command {
        case .help: return help()
        case .lessons: return lessonList()
        case .start: return start(argument)
        case .continue: return resume()
        case .hint: return hint()
        case .skip: return skip()
        case .why: return why()
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

    private func start(_ reference: String) -> String {
        guard !reference.isEmpty else { return "Which lesson? " + lessonList() }
        guard let lesson = course.lesson(reference) else {
            let ids = course.lessons.map(\.id)
            let reference = String(reference.prefix(40))
            return style.warn("No lesson '\(reference)'") + Suggestion.hint(for: reference, in: ids)
                + ". Lessons: " + course.lessons.enumerated().map { "\($0.offset + 1) \($0.element.id)" }.joined(separator: ", ")
        }
        let index = course.lessons.firstIndex { $0.id == lesson.id }!
        var lines = [style.bold("Lesson \(index + 1): \(lesson.title)")]
        if !lesson.objectives.isEmpty {
            lines.append("You will be able to:")
            lines += lesson.objectives.map { style.wrap("  • \($0)", indent: "    ") }
            lines.append("")
        }
        place = Place(lesson: index, step: 0)
        lines.append(advance(from: 0))
        return lines.joined(separator: "\n")
    }

    private func resume() -> String {
        guard let resume = recorder?.resumePoint(),
              let index = course.lessons.firstIndex(where: { $0.id == resume.lesson }) else {
            return place == nil ? "Nothing to continue yet: type start 1." : (currentQuestion.map { presenter.render($0) } ?? "")
        }
        let lesson = course.lessons[index]
        let questionSteps = lesson.steps.indices.filter { if case .question = lesson.steps[$0] { true } else { false } }
        guard resume.question < questionSteps.count else {
            return index + 1 < course.lessons.count ? start(course.lessons[index + 1].id) : "You have finished every lesson."
        }
        place = Place(lesson: index, step: 0)
        let from = resume.question > 0 ? questionSteps[resume.question - 1] + 1 : 0
        return style.bold("Lesson \(index + 1): \(lesson.title)") + " — picking up where you stopped.\n" + advance(from: from)
    }

    /// Shows narration from `step` on until the next question, which it presents; or ends the lesson.
    private func advance(from step: Int) -> String {
        guard var place else { return "" }
        let lesson = course.lessons[place.lesson]
        var lines: [String] = []
        var index = step
        while index < lesson.steps.count {
            if case let .narration(text, cite) = lesson.steps[index] {
                if !lines.isEmpty { lines.append("") }
                lines.append(style.wrap(text))
                if let cite { lines.append(style.dim("  — \(cite)")) }
                index += 1
                continue
            }
            break
        }
        place = Place(lesson: place.lesson, step: index)
        self.place = place
        let reached = lesson.steps[..<min(index, lesson.steps.count)].filter { if case .question = $0 { true } else { false } }.count
        do {
            try recorder?.savePosition(lesson: lesson.id, question: reached)
        } catch {
            lines.append(style.bad("Your place could not be saved: \(error)"))
        }
        if let question = currentQuestion {
            if !lines.isEmpty { lines.append("") }
            lines.append(presenter.render(question))
            return lines.joined(separator: "\n")
        }
        self.place = nil
        lines.append(style.good("Lesson \(place.lesson + 1) complete."))
        let next = place.lesson + 1
        lines.append(next < course.lessons.count
                     ? "Next: \(style.accent("start \(course.lessons[next].id)")) — \(course.lessons[next].title)."
                     : "That was the last lesson.")
        return lines.joined(separator: "\n")
    }

    private func answer(_ text: String) -> String {
        guard var place, let question = currentQuestion else { return "" }
        let verdict: Verdict
        do {
            verdict = try grader.grade(question, answer: text)
        } catch {
            return style.warn(String(describing: error))
        }
        place.attempts += 1
        self.place = place
        lastGraded = (question, verdict)
        let elapsed = Date().timeIntervalSince(place.shownAt)
        if let recorder {
            do {
                try recorder.record(question: question, response: text, verdict: verdict, hintsUsed: place.hints,
                                    attempt: place.attempts, seconds: elapsed)
            } catch {
                return style.bad("Your answer could not be saved, so it was not graded: \(error)")
            }
        }
        var lines = [style.wrap(label(verdict) + " " + verdict.feedback, indent: "  ")]
        if verdict.verdict == .correct || verdict.verdict == .partial {
            lines.append("\n" + advance(from: place.step + 1))
        } else if place.attempts >= Self.maxAttempts {
            lines.append(style.wrap("The answer: " + presenter.answer(question), indent: "  "))
            lines.append("\n" + advance(from: place.step + 1))
        } else {
            lines.append(style.dim("Try again, or type hint, skip or why."))
        }
        return lines.joined(separator: "\n")
    }

    private func label(_ verdict: Verdict) -> String {
        switch verdict.verdict {
        case .correct: style.good("✓ correct")
        case .partial: style.warn("◐ partly right (\(Int((verdict.score * 100).rounded()))%)")
        case .incorrect: style.bad("✗ not quite")
        }
    }

    private func hint() -> String {
        guard var place, let question = currentQuestion else { return "Hints are for questions: start a lesson first." }
        guard place.hints < question.hints.count else {
            return question.hints.isEmpty ? "This question has no hints." : "No more hints: answer, or type skip."
        }
        place.hints += 1
        self.place = place
        return style.accent("Hint \(place.hints)/\(question.hints.count): ") + style.wrap(question.hints[place.hints - 1])
    }

    private func skip() -> String {
        guard let place, let question = currentQuestion else { return "Nothing to skip." }
        do {
            try recorder?.recordSkip(question: question, hintsUsed: place.hints)
        } catch {
            return style.bad("Could not save the skip: \(error)")
        }
        return style.wrap(style.dim("Skipped. The answer: ") + presenter.answer(question), indent: "  ") + "\n\n"
            + advance(from: place.step + 1)
    }

    private func why() -> String {
        if let (question, verdict) = lastGraded { return presenter.explain(verdict, question: question) }
        return currentQuestion == nil ? "Nothing answered yet." : "Answer first, then why explains the verdict. Stuck? Type hint."
    }
}

/// The REPL's commands.
enum Command: String, CaseIterable {
    case help, lessons, start, `continue`, hint, skip, why, quit, exit

    var usage: String { self == .start ? "start LESSON" : rawValue }

    var summary: String {
        switch self {
        case .help: "this list"
        case .lessons: "the lessons, in order"
        case .start: "begin a lesson, by number or id"
        case .continue: "go back to where you stopped"
        case .hint: "a nudge toward the answer (each one says more)"
        case .skip: "show the answer and move on"
        case .why: "explain the last verdict from the argument map"
        case .quit, .exit: "leave (Ctrl-D too); your place is kept"
        }
    }

    /// At a question, a line beginning with a command word is a command only if it has the command's shape:
    /// "why" alone is a command, "why the label is not authority" is an answer.
    func acceptsArgument(_ argument: String, course: Course) -> Bool {
        switch self {
        case .start: !argument.isEmpty && argument.split(separator: " ").count == 1
        default: argument.isEmpty
        }
    }
}
