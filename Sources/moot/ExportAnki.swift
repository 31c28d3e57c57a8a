import ArgumentParser
import MootContent
import MootQuiz

extension ExportCommand {
    struct Anki: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Questions as a tab-separated file Anki imports, on stdout.")
        @OptionGroup var options: ContentOptions
        @Argument(help: "A lesson (id or number); all lessons if omitted.", completion: CourseCompletion.lessons) var lesson: String?

        func run() throws {
            let course = try options.course()
            var questions = course.lessons.flatMap(\.questions)
            if let lesson { questions = try course.requireLesson(lesson).questions }
            print(Interchange.anki(questions, map: course.map), terminator: "")
        }
    }
}
