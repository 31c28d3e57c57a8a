import ArgumentParser
import Foundation
import LineEditor
import MootKit

struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz", abstract: "Take an instructor's quiz, or pack a student copy of one.",
        subcommands: [Take.self, Pack.self], defaultSubcommand: Take.self)

    struct Take: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take a quiz under its rules and write a submission file.",
            discussion: "QUIZ is a quiz id from Quizzes/, or the quiz.json of a student pack (moot quiz pack).")

        @OptionGroup var options: ContentOptions
        @OptionGroup var learner: LearnerOptions
        @Argument(help: "The quiz id, or a pack's quiz.json.") var quiz: String
        @Option(help: "Your name on the submission (default: the learner's).") var student: String?
        @Option(help: ArgumentHelp("Write the submission here.", valueName: "dir")) var out: String?

        func run() throws {
            if quiz.hasSuffix(".json") { return try takePack() }
            var tutor = Tutor()
            tutor.options = options
            tutor.learner = learner
            tutor.firstCommand = "quiz \(quiz)"
            tutor.student = student
            tutor.submissions = out
            try tutor.run()
        }

        /// A student copy: no course, no answer key, nothing graded here.
        private func takePack() throws {
            guard let data = FileManager.default.contents(atPath: quiz),
                  let pack = try? JSONDecoder().decode(StudentPack.self, from: data) else {
                throw usageError("'\(quiz)' is not a quiz pack (made by moot quiz pack)")
            }
            let folder = URL(fileURLWithPath: out ?? URL(fileURLWithPath: quiz).deletingLastPathComponent().path)
            let session = PackedQuizSession(pack: pack, student: student ?? learner.name, folder: folder)
            let editor = LineEditor(program: "moot", historyFile: nil) { _ in ["skip", "help", "quit"] }
            defer { editor.close() }
            print(session.welcome())
            while !session.isFinished {
                fflush(nil)
                editor.prompt = session.prompt
                switch editor.readLine() {
                case .line(let line): print(session.handle(line))
                case .interrupted: continue
                case .endOfInput: print(session.handle("quit"))
                }
            }
        }
    }

    struct Pack: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write what students need to take a quiz, with every answer key removed.")

        @OptionGroup var options: ContentOptions
        @Argument(help: "The quiz id.") var quiz: String
        @Option(help: ArgumentHelp("The folder to write.", valueName: "dir")) var out: String

        func run() throws {
            let course = try options.course()
            let quiz = try course.requireQuiz(self.quiz)
            let folder = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let file = folder.appendingPathComponent("quiz.json")
            try encoder.encode(StudentPack(quiz: quiz, map: course.map)).write(to: file)
            try """
                \(quiz.title)

                Take it with:  moot quiz \(file.lastPathComponent) --student "Your Name"
                Your answers are saved as you go; at the end moot writes a submission file here. Hand that file in.
                """.write(to: folder.appendingPathComponent("README.txt"), atomically: true, encoding: .utf8)
            print("Wrote \(file.path) (\(quiz.items.count) questions, no answer key).")
        }
    }
}

struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Regrade submissions against your copy of a quiz; write a gradebook; print item analysis.",
        discussion: "Exits 0 when every submission was graded, 1 when any was refused (the others are still graded).")

    @OptionGroup var options: ContentOptions
    @Argument(help: "The quiz id.") var quiz: String
    @Argument(help: "Submission files.") var submissions: [String]
    @Option(help: ArgumentHelp("Write the gradebook as CSV here.", valueName: "file")) var csv: String?

    func run() throws {
        let course = try options.course()
        let quiz = try course.requireQuiz(self.quiz)
        var book = Gradebook(quiz: quiz, course: course)
        for path in submissions {
            guard let data = FileManager.default.contents(atPath: path) else {
                printError("refused \(path): cannot read the file")
                continue
            }
            book.add(file: path, data: data)
        }
        for refusal in book.refusals { printError("refused \(refusal.file): \(refusal.reason)") }
        for row in book.rows {
            print("\(row.student): \(Grader.format2(row.points))/\(Grader.format2(quiz.totalPoints)) "
                  + "(\(Grader.format2(row.percent))%) \(row.passed ? "pass" : "fail")"
                  + (row.flags.isEmpty ? "" : "  [" + row.flags.joined(separator: "; ") + "]"))
        }
        print(book.itemAnalysis())
        if let csv {
            try book.csv.write(toFile: csv, atomically: true, encoding: .utf8)
            print("Gradebook: \(csv)")
        }
        let unreadable = submissions.count - book.rows.count - book.refusals.count
        if !book.refusals.isEmpty || unreadable > 0 { throw ExitCode(1) }
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write questions in other tools' formats.", subcommands: [Gift.self, Anki.self])

    struct Gift: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A quiz as Moodle GIFT, on stdout.")
        @OptionGroup var options: ContentOptions
        @Argument(help: "The quiz id.") var quiz: String

        func run() throws {
            let course = try options.course()
            let quiz = try course.requireQuiz(self.quiz)
            print(Interchange.gift(quiz, map: course.map), terminator: "")
        }
    }

    struct Anki: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Questions as a tab-separated file Anki imports, on stdout.")
        @OptionGroup var options: ContentOptions
        @Argument(help: "A lesson (id or number); all lessons if omitted.") var lesson: String?

        func run() throws {
            let course = try options.course()
            var questions = course.lessons.flatMap(\.questions)
            if let lesson { questions = try course.requireLesson(lesson).questions }
            print(Interchange.anki(questions, map: course.map), terminator: "")
        }
    }
}
