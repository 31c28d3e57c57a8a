import ArgumentParser
import MootQuiz

extension ExportCommand {
    struct Gift: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A quiz as Moodle GIFT, on stdout.")
        @OptionGroup var options: ContentOptions
        @Argument(help: "The quiz id.", completion: CourseCompletion.quizzes) var quiz: String

        func run() throws {
            let course = try options.course()
            let quiz = try course.requireQuiz(self.quiz)
            print(Interchange.gift(quiz, map: course.map), terminator: "")
        }
    }
}
