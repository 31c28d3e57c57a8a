import ArgumentParser
import MootQuiz

extension ExportCommand {
    struct Gift: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A quiz as Moodle GIFT, on stdout.",
            discussion: """
                GIFT's limits: short answers carry literal wordings only (Moodle would refuse right answers in other \
                words), there is no ordering question (it becomes an essay listing the steps) and no unit. \
                `moot export moodle` keeps all of these.
                """)
        @OptionGroup var options: ContentOptions
        @Argument(help: "The quiz id.", completion: CourseCompletion.quizzes) var quiz: String

        func run() throws {
            let course = try options.course()
            let quiz = try course.requireQuiz(self.quiz)
            print(Interchange.gift(quiz, map: course.map), terminator: "")
        }
    }
}
