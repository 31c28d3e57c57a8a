import Foundation
import ArgumentParser
import MootContent
import MootQuiz

extension QuizCommand {
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
