import Foundation

/// What students need to take a quiz, with every answer key removed: prompts, option texts, item texts, rules.
/// No correct flags, no feedback, no accepted wordings, no map. Only `moot grade`, on the instructor's side, grades.
public struct StudentPack: Codable, Sendable {
    public struct PackedQuestion: Codable, Sendable {
        public var id: String
        public var kind: String
        public var points: Double
        /// The question as shown, for every kind but choice (whose options each student sees in their own order).
        public var display: String
        public var prompt: String
        public var options: [String]?
        public var multiple: Bool?
    }

    public var format = "moot-pack/1"
    public var quiz: String
    public var title: String
    public var instructions: String
    public var rules: String
    public var digest: String
    public var seed: String
    public var timeLimit: Double?
    public var shuffleQuestions: Bool
    public var shuffleChoices: Bool
    public var questions: [PackedQuestion]

    public init(quiz: Quiz, map: ArgumentMap) {
        let presenter = QuestionPresenter(map: map, style: Style(color: false))
        self.quiz = quiz.id
        title = quiz.title
        instructions = quiz.instructions
        rules = quiz.rules(feedback: .none, hints: false)
        digest = quiz.digest
        seed = quiz.seed
        timeLimit = quiz.timeLimit
        shuffleQuestions = quiz.shuffleQuestions
        shuffleChoices = quiz.shuffleChoices
        questions = quiz.items.map { item in
            let question = item.question
            if case let .choice(choices) = question.body {
                return PackedQuestion(id: question.id, kind: question.kind.rawValue, points: item.points, display: "",
                                      prompt: question.prompt, options: choices.map(\.text),
                                      multiple: choices.filter(\.correct).count > 1)
            }
            return PackedQuestion(id: question.id, kind: question.kind.rawValue, points: item.points,
                                  display: presenter.render(question), prompt: question.prompt, options: nil, multiple: nil)
        }
    }

    /// The same orders the instructor's copy computes, so `moot grade` reads the student's letters correctly.
    func order(for student: String) -> [PackedQuestion] {
        Quiz.order(questions, shuffle: shuffleQuestions, seed: seed, student: student)
    }

    func choiceOrder(_ question: PackedQuestion, for student: String) -> [Int]? {
        question.options.map {
            Quiz.choiceOrder(count: $0.count, question: question.id, shuffle: shuffleChoices, seed: seed, student: student)
        }
    }
}

/// Takes a packed quiz: one answer per question, saved to a progress file as given (so a crash resumes the attempt),
/// the time limit kept, and a submission written at the end. Nothing is graded here.
public final class PackedQuizSession {
    public let pack: StudentPack
    public let student: String
    public let folder: URL
    private var responses: [String: Submission.Response] = [:]
    private var started: Date
    private let order: [StudentPack.PackedQuestion]
    public private(set) var isFinished = false

    struct Progress: Codable {
        var started: String
        var responses: [Submission.Response]
    }

    private var progressFile: URL { folder.appendingPathComponent(".\(pack.quiz)-\(student)-progress.json") }

    public init(pack: StudentPack, student: String, folder: URL) {
        self.pack = pack
        self.student = student
        self.folder = folder
        order = pack.order(for: student)
        started = Date()
        if let data = FileManager.default.contents(atPath: progressFile.path),
           let saved = try? JSONDecoder().decode(Progress.self, from: data), let date = Submission.date(saved.started) {
            started = date
            for response in saved.responses { responses[response.question] = response }
        }
    }

    private var current: StudentPack.PackedQuestion? { order.first { responses[$0.id] == nil } }

    private var deadline: Date? { pack.timeLimit.map { started.addingTimeInterval($0 * 60) } }

    public var prompt: String {
        guard let current else { return "moot> " }
        var prompt = "\(pack.quiz) \((order.firstIndex { $0.id == current.id } ?? 0) + 1)/\(order.count)"
        if let deadline {
            prompt += Submission.timeLeft(seconds: Int64(deadline.timeIntervalSinceNow))
        }
        return prompt + "> "
    }

    public func welcome() -> String {
        var lines = ["Quiz: \(pack.title)"]
        if !pack.instructions.isEmpty { lines.append(Style(color: false).wrap(pack.instructions)) }
        lines.append(pack.rules)
        if !responses.isEmpty { lines.append("Resuming your unfinished attempt (\(responses.count) answered).") }
        if let deadline, Date() > deadline { return (lines + [finish(timeUp: true)]).joined(separator: "\n") }
        return (lines + ["", show()]).joined(separator: "\n")
    }

    private func show() -> String {
        guard let question = current else { return finish(timeUp: false) }
        guard let options = question.options, let order = pack.choiceOrder(question, for: student) else { return question.display }
        var lines = [question.prompt]
        for (shown, index) in order.enumerated() { lines.append("  \(QuestionLayout.letter(shown))) \(options[index])") }
        lines.append(question.multiple == true ? "(choose every right option, e.g. a c)" : "(choose one: a letter, a number or the text)")
        return lines.joined(separator: "\n")
    }

    public func handle(_ line: String) -> String {
        let text = Session.sanitize(line)
        if let deadline, Date() > deadline { return finish(timeUp: true) }
        switch text.lowercased() {
        case "quit", "exit":
            isFinished = true
            return "Your answers so far are saved; run the same command to carry on."
        case "help":
            return "Type your answer. skip leaves a question blank; quit keeps your place."
        case "hint", "why":
            return "Not available: your instructor grades this quiz."
        default:
            break
        }
        guard let question = current else { return finish(timeUp: false) }
        let response = text.lowercased() == "skip" ? "" : text
        if response.isEmpty && text.lowercased() != "skip" { return "Type your answer, or skip." }
        responses[question.id] = Submission.Response(question: question.id, response: response,
                                                      choiceOrder: pack.choiceOrder(question, for: student), verdict: nil,
                                                      score: nil, at: ProgressReport.isoDate(Store.now()))
        do {
            try save()
        } catch {
            responses[question.id] = nil
            return "Your answer could not be saved, so nothing was recorded: \(error)"
        }
        return (response.isEmpty ? "Skipped." : "Saved.") + "\n\n" + show()
    }

    private func save() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let progress = Progress(started: ProgressReport.isoDate(Microseconds(started.timeIntervalSince1970 * 1_000_000)),
                                responses: Array(responses.values))
        try JSONEncoder().encode(progress).write(to: progressFile, options: .atomic)
    }

    private func finish(timeUp: Bool) -> String {
        isFinished = true
        let submission = Submission(
            quiz: pack.quiz, digest: pack.digest, student: student,
            started: ProgressReport.isoDate(Microseconds(started.timeIntervalSince1970 * 1_000_000)),
            finished: ProgressReport.isoDate(Store.now()), responses: order.compactMap { responses[$0.id] })
        do {
            let file = try submission.write(into: folder)
            try? FileManager.default.removeItem(at: progressFile)
            return (timeUp ? "Time is up: your answers so far are submitted.\n" : "Quiz complete.\n")
                + "Your submission: \(file.path)\nHand this file in to your instructor."
        } catch {
            return "The submission could not be written: \(error)"
        }
    }
}
