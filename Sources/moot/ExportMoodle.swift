import ArgumentParser
import MootQuiz

extension ExportCommand {
    struct Moodle: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A quiz as Moodle XML (Question bank › Import › Moodle XML format), on stdout.",
            discussion: """
                Choice, true/false, numerical (with tolerance and unit), matching, ordering and points carry over. \
                Short answers and explanations become essays with the model answer and the criteria as grader \
                information: Moodle matches short answers literally and would refuse right answers in other words.
                """)
        @OptionGroup var options: ContentOptions
        @Argument(help: "The quiz id.", completion: CourseCompletion.quizzes) var quiz: String

        func run() throws {
            let course = try options.course()
            print(MoodleXML.document(try course.requireQuiz(quiz), map: course.map), terminator: "")
        }
    }
}
