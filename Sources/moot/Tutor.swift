import Foundation
import ArgumentParser
import LineEditor
import MootContent
import MootModel
import MootPresentation
import MootSession
import MootStore
import MootSupport

/// The interactive tutor (the default subcommand).
struct Tutor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tutor",
        abstract: "Open the tutor (what plain `moot` does).",
        discussion: "Reads plain lines, without prompts or colour, when stdin is not a terminal, so a session can be scripted.")

    @OptionGroup var options: ContentOptions
    @OptionGroup var learner: LearnerOptions

    /// A command to run first, as if typed (`moot review` starts with "review").
    var firstCommand: String?
    /// The name on quiz submissions (default: the learner's).
    var student: String?
    /// Where quiz submissions go (default: `submissions/` beside the progress database).
    var submissions: String?
    /// `moot quiz QUIZ`: the quiz alone — no tutor greeting, and the program ends when the quiz does.
    var quizOnly: String?

    /// The tutor as plain `moot` opens it, exiting as `main()` would.
    static func runWithoutOptions() -> Never {
        var tutor = Tutor()
        tutor.options = ContentOptions(content: nil)
        tutor.learner = LearnerOptions(dataDir: nil, learner: nil, newLearner: false)
        do {
            try tutor.run()
            exit()
        } catch {
            exit(withError: error)
        }
    }

    func run() throws {
        let root = try options.root()
        let style = Style.forStandardOutput()
        // The database opens on another thread while the stamp is checked and the line editor set up.
        let learner = self.learner
        let opening = Pending { try learner.open() }
        let cache = Self.xdg("XDG_CACHE_HOME", default: ".cache").appendingPathComponent("moot")
        // Content unchanged since it was last found valid: greet at once and load on another core; the first
        // command waits for it. Otherwise validate first, and open nothing if there is an error.
        var pending: Pending<Course>?
        var session: Session?
        var current: Session {
            get throws {
                if let session { return session }
                let (store, learnerID) = try opening.wait()
                do {
                    // `pending` is set before the first line is read; loading here is only a fallback.
                    let course = try (pending ?? Pending { try CourseLoader.load(root: root) }).wait()
                    let made = configured(course, style, store, learnerID)
                    session = made
                    return made
                } catch let errors as ContentErrors {
                    printError(errors.description)
                    throw ExitCode(1)
                }
            }
        }
        let stamp = ValidationStamp.current(root: root, cache: cache)
        let editor = LineEditor(program: "moot", historyFile: Self.xdg("XDG_STATE_HOME", default: ".local/state")
            .appendingPathComponent("moot/history")) { line in (try? current.completions(for: line)) ?? [] }
        defer { editor.close() }
        let (store, learnerID) = try opening.wait()
        if let quizOnly {
            let course = try options.course()
            let quiz = try course.requireQuiz(quizOnly)
            let made = configured(course, style, store, learnerID)
            made.quizOnly = true
            // The time left, if the quiz is timed, comes between these two (the session says it when leaving).
            made.goodbye = "Bye. Your answers so far are kept."
            made.resumeHint = "To go on, type:\n"
                + Style.verbatim("  \(InvokedName.current) quiz \(quiz.id) --student \(made.student.shellQuoted)" + places)
            session = made
            print(made.handle("quiz \(quiz.id)"))
            guard !made.isFinished else { return }
            return try ReadEvalPrintLoop(editor: editor, blankLineAtEndOfInput: true).run(prompt: { made.prompt }) { made }
        }
        if let stamp {
            print(Session.welcome(stamp.summary, style: style, resume: store.resumePoint(learner: learnerID),
                                  openRun: store.openRun(learner: learnerID),
                                  review: LearnerRecord.reviewCounts(store: store, learner: learnerID, now: store.clock.now())))
        } else {
            let course = try options.course()
            ValidationStamp.record(course, root: root, cache: cache)
            let made = configured(course, style, store, learnerID)
            session = made
            print(made.welcome())
        }
        if stamp != nil { pending = Pending { try CourseLoader.load(root: root) } }
        if let firstCommand {
            print(try current.handle(firstCommand))
        }
        try ReadEvalPrintLoop(editor: editor, blankLineAtEndOfInput: true).run(prompt: { session?.prompt ?? "moot> " }) {
            try current
        }
    }

    /// The options that say where this run's progress, learner, content and submissions are, as they must be typed
    /// again to come back to the same place (" --data-dir DIR --content DIR"; empty when none was given).
    private var places: String {
        [("--data-dir", learner.dataDir), ("--learner", learner.learner), ("--content", options.content), ("--out", submissions)]
            .compactMap { flag, value in value.map { " \(flag) \($0.shellQuoted)" } }.joined()
    }

    /// A session with the learner's store, student name and submissions folder.
    private func configured(_ course: Course, _ style: Style, _ store: Store, _ learnerID: Int64) -> Session {
        let session = Session(course: course, style: style)
        let record = LearnerRecord(store: store, learner: learnerID, course: course)
        record.clock = store.clock
        session.recorder = record
        session.clock = store.clock
        session.student = student ?? learner.name
        // A path, or the options this run was given, is a line of its own, never wrapped, so it can be copied whole.
        let command = InvokedName.current + places
        session.goodbye = command == "moot" ? "Bye. Your place is kept; type moot to come back."
            : "Bye. Your place is kept; to come back, type:\n" + Style.verbatim("  " + command)
        session.submissions = submissions.map { URL(fileURLWithPath: $0) } ?? store.url.deletingLastPathComponent()
            .appendingPathComponent("submissions")
        return session
    }

    /// An XDG base directory: `$NAME` when set and not empty, else `~/<fallback>`.
    static func xdg(_ name: String, default fallback: String) -> URL {
        let value = ProcessInfo.processInfo.environment[name].flatMap { $0.isEmpty ? nil : $0 }
        return URL(fileURLWithPath: value ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(fallback).path)
    }
}
