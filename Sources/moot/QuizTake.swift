import Foundation
import ArgumentParser
import LineEditor
import MootQuiz
import MootSession

extension QuizCommand {
    struct Take: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take a quiz under its rules and write a submission file.",
            discussion: "QUIZ is a quiz id from Quizzes/, or the quiz.json of a student pack (moot quiz pack).")

        @OptionGroup var options: ContentOptions
        @OptionGroup var learner: LearnerOptions
        @Argument(help: "The quiz id, or a pack's quiz.json.") var quiz: String
        @Option(help: "Your name on the submission (default: the learner's).") var student: String?
        @Option(help: ArgumentHelp("Write the submission here.", valueName: "dir")) var out: String?
        @Option(help: ArgumentHelp("Your personal code from the instructor's roster (a pack asks for it if needed).",
                                   valueName: "code")) var code: String?

        func run() throws {
            if quiz.hasSuffix(".json") { return try takePack() }
            if code != nil { throw usageError("--code is for a quiz pack's quiz.json (moot quiz pack)") }
            var tutor = Tutor()
            tutor.options = options
            tutor.learner = learner
            tutor.quizOnly = quiz
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
            guard pack.format == StudentPack.currentFormat else {
                throw usageError("'\(quiz)' was packed by another version of moot (\(pack.format.prefix(20))); "
                                 + "ask your instructor for a new pack")
            }
            let folder = URL(fileURLWithPath: out ?? URL(fileURLWithPath: quiz).deletingLastPathComponent().path)
            let session = PackedQuizSession(pack: pack, student: student ?? learner.name, folder: folder, code: code)
            session.resumeCommand = "\(InvokedName.current) quiz \(quiz.shellQuoted) --student \(session.student.shellQuoted)"
                + (out.map { " --out \($0.shellQuoted)" } ?? "") + (code.map { " --code \($0.shellQuoted)" } ?? "")
            let editor = LineEditor(program: "moot", historyFile: nil) { session.completions(for: $0) }
            defer { editor.close() }
            print(session.welcome())
            guard !session.isFinished else { return }
            try ReadEvalPrintLoop(editor: editor, blankLineAtEndOfInput: false).run(prompt: { session.prompt }) { session }
        }
    }
}
