import Foundation
import ArgumentParser
import MootContent
import MootQuiz

extension QuizCommand {
    struct Pack: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write what students need to take a quiz, with every answer key removed.",
            discussion: "Options, match sides and steps are laid out from the instructor key (created on first use, "
                + "kept in the data folder, never written into the pack); moot grade reads them back with it.")

        @OptionGroup var options: ContentOptions
        @OptionGroup var instructor: InstructorOptions
        @Argument(help: "The quiz id.") var quiz: String
        @Option(help: ArgumentHelp("The folder to write.", valueName: "dir")) var out: String

        func run() throws {
            let course = try options.course()
            let quiz = try course.requireQuiz(self.quiz)
            let layout = PackLayout(key: try instructor.keyCreatingIt(course), quiz: quiz)
            let roster = FileManager.default.fileExists(atPath: instructor.rosterFile(course, quiz: quiz.id).path)
            let folder = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let file = folder.appendingPathComponent("quiz.json")
            try encoder.encode(StudentPack(quiz: quiz, map: course.map, layout: layout, asksForCode: roster)).write(to: file)
            try """
                \(quiz.title)

                Take it with:  moot quiz \(file.lastPathComponent) --student "Your Name"\(roster ? " --code YOUR-CODE" : "")
                Your answers are saved as you go; at the end moot writes a submission file here. Hand that file in.
                """.write(to: folder.appendingPathComponent("README.txt"), atomically: true, encoding: .utf8)
            print("Wrote \(file.path) (\(quiz.items.count) questions, no answer key"
                  + (roster ? "; students are asked for their roster code" : "") + ").")
        }
    }
}
