import ArgumentParser
import MootContent
import MootQuiz

extension ExportCommand {
    struct Anki: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Questions as a file Anki imports (File › Import), on stdout: one note per question, kept across re-imports by its GUID.")
        @OptionGroup var options: ContentOptions
        @Argument(help: "A lesson (id or number); all lessons if omitted.", completion: CourseCompletion.lessons) var lesson: String?
        @Flag(help: "Include the practice questions generated from the map.") var practice = false

        func run() throws {
            let course = try options.course()
            let lessons = try lesson.map { [try course.requireLesson($0)] } ?? course.lessons
            var questions = lessons.flatMap(\.questions)
            if practice {
                // Practice belongs to no lesson: take what asks about the nodes these lessons teach.
                let taught = Set(questions.flatMap(\.nodes))
                questions += course.practice.filter { lesson == nil || !taught.isDisjoint(with: $0.nodes) }
            }
            let titles = Dictionary(course.lessons.enumerated().map { ($1.id, String(format: "%02d %@", $0 + 1, $1.title)) },
                                    uniquingKeysWith: { first, _ in first })
            print(AnkiExport.file(questions, map: course.map) { question in
                "moot::" + (titles[question.lesson] ?? "Practice").replacingOccurrences(of: "::", with: ":")
            }, terminator: "")
        }
    }
}
