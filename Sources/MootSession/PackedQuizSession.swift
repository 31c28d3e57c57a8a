import Foundation
import MootContent
import MootModel
import MootPresentation
import MootQuiz
import MootSupport

/// Takes a packed quiz: one answer per question, saved to a progress file as given (so a crash resumes the attempt),
/// the time limit kept, and a submission written at the end. Nothing is graded here.
public final class PackedQuizSession: InteractiveSession {
    public let pack: StudentPack
    public let student: String
    public let folder: URL
    /// The exact command that carries on after quit or Ctrl-D (the pack's command line sets it).
    public var resumeCommand: String?
    private var responses: [String: Submission.Response] = [:]
    private var started: Microseconds
    private let clock: Clock
    private let order: [StudentPack.PackedQuestion]
    /// The personal code from the instructor's roster (`--code`, or asked for first when the pack says a roster exists).
    private var code: String?
    private var askingForCode = false
    public private(set) var isFinished = false

    struct Progress: Codable {
        var started: String
        var code: String?
        var responses: [Submission.Response]
    }

    private var progressFile: URL { folder.appendingPathComponent(
        ".\(Submission.fileComponent(pack.quiz))-\(Submission.fileComponent(student))-progress.json") }

    public init(pack: StudentPack, student: String, folder: URL, code: String? = nil, clock: Clock = .system) {
        self.pack = pack
        self.student = student
        self.folder = folder
        self.clock = clock
        self.code = code.map { Session.sanitize($0) }.flatMap { $0.isEmpty ? nil : $0 }
        order = pack.order(for: student)
        started = clock.now()
        var resumed = false
        if let data = FileManager.default.contents(atPath: progressFile.path),
           let saved = try? JSONDecoder().decode(Progress.self, from: data), let date = ISODate.date(saved.started) {
            started = Microseconds(date.timeIntervalSince1970 * 1_000_000)
            for response in saved.responses { responses[response.question] = response }
            self.code = self.code ?? saved.code
            resumed = true
        }
        askingForCode = pack.asksForCode == true && self.code == nil && !resumed
    }

    static let codeQuestion = "Your personal code, as your instructor gave it (press Enter if you were given none):"

    private var current: StudentPack.PackedQuestion? { order.first { responses[$0.id] == nil } }

    private var deadline: Microseconds? { pack.timeLimit.map { started + Microseconds($0 * 60_000_000) } }

    public var prompt: String {
        if askingForCode { return "code> " }
        guard let current else { return "moot> " }
        var prompt = "\(pack.quiz) \((order.firstIndex { $0.id == current.id } ?? 0) + 1)/\(order.count)"
        if let deadline {
            prompt += Submission.timeLeft(seconds: (deadline - clock.now()) / 1_000_000)
        }
        return prompt + "> "
    }

    public func welcome() -> String {
        var lines = ["Quiz: \(pack.title)"]
        if !pack.instructions.isEmpty { lines.append(Style(color: false).wrap(pack.instructions)) }
        lines.append(pack.rules)
        if !responses.isEmpty { lines.append("Resuming your unfinished attempt (\(responses.count) answered).") }
        if let deadline, clock.now() > deadline { return (lines + [finish(timeUp: true)]).joined(separator: "\n") }
        return (lines + ["", askingForCode ? Self.codeQuestion : show()]).joined(separator: "\n")
    }

    private func show() -> String {
        guard let question = current else { return finish(timeUp: false) }
        let number = (order.firstIndex { $0.id == question.id } ?? 0) + 1
        let header = "Question \(number) of \(order.count) (\(Session.points(question.points)))"
        guard let options = question.options, let order = pack.choiceOrder(question, for: student) else {
            return header + "\n" + question.display
        }
        var lines = [header, question.prompt]
        for (shown, index) in order.enumerated() { lines.append("  \(QuestionLayout.letter(shown))) \(options[index])") }
        lines.append(question.multiple == true ? "(choose every right option, e.g. a c)" : "(choose one: a letter, a number or the text)")
        return lines.joined(separator: "\n")
    }

    /// Only the words a student pack knows.
    public func completions(for line: String) -> [String] { ["skip", "help", "quit"] }

    public func handle(_ line: String) -> String {
        let text = Session.sanitize(line)
        if let deadline, clock.now() > deadline { return finish(timeUp: true) }
        switch text.lowercased() {
        case "quit", "exit":
            isFinished = true
            // The clock runs from the start, as Moodle's does: say how much is left.
            let clock = deadline.map { "\nThe time limit keeps running:" + Submission.timeLeft(seconds: ($0 - self.clock.now()) / 1_000_000) + "." } ?? ""
            guard let resumeCommand else { return "Your answers so far are saved; run the same command to carry on." + clock }
            return "Your answers so far are saved." + clock + "\nTo go on, type:\n  " + resumeCommand
        case "help":
            return "Type your answer. skip leaves a question blank; quit keeps your place."
        case "hint", "why":
            return "Not available: your instructor grades this quiz."
        default:
            break
        }
        // The tutor's other commands mean nothing here, and taken as an answer they would be saved as one.
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        if let first = words.first, let command = Command(rawValue: first.lowercased()),
           !Session.quizCommands.contains(command), command.fits(words.count > 1 ? words[1] : "") {
            return "Not during a quiz: \(command.rawValue). Here you can type help, skip or quit; anything else is your answer."
        }
        if askingForCode {
            askingForCode = false
            code = text.isEmpty ? nil : String(text.prefix(40))
            return (code == nil ? "No code: your instructor will see that." : "Code noted.") + "\n\n" + show()
        }
        guard let question = current else { return finish(timeUp: false) }
        let response = text.lowercased() == "skip" ? "" : text
        if response.isEmpty && text.lowercased() != "skip" { return "Type your answer, or skip." }
        responses[question.id] = Submission.Response(question: question.id, response: response,
                                                      choiceOrder: pack.choiceOrder(question, for: student), verdict: nil,
                                                      score: nil, at: ISODate.string(clock.now()))
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
        let progress = Progress(started: ISODate.string(started), code: code, responses: Array(responses.values))
        try JSONEncoder().encode(progress).write(to: progressFile, options: .atomic)
    }

    private func finish(timeUp: Bool) -> String {
        isFinished = true
        let submission = Submission(
            quiz: pack.quiz, digest: pack.digest, student: student, code: code,
            started: ISODate.string(started),
            finished: ISODate.string(clock.now()), responses: order.compactMap { responses[$0.id] })
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
