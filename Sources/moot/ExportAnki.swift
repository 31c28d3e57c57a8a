import ArgumentParser
import MootContent
import MootModel
import MootQuiz

extension ExportCommand {
    struct Anki: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Questions as a file Anki imports (File › Import), on stdout: one note per question, kept across re-imports by its GUID.")
        @OptionGroup var options: ContentOptions
        @Argument(help: "A lesson (id or number); all lessons if omitted.", completion: CourseCompletion.lessons) var lesson: String?
        @Flag(help: "Include the practice questions generated from the map.") var practice = false

        func run() throws {
            let course = try options.course()
            let deck = DeckSelection(course: course)
            print(AnkiExport.file(try deck.questions(lesson: lesson, practice: practice), map: course.map) { deck.name(for: $0) },
                  terminator: "")
        }
    }
}

/// Which questions an Anki export holds, and the `moot::NN Lesson` deck each goes to.
struct DeckSelection {
    let course: Course
    let titles: [String: String]

    init(course: Course) {
        self.course = course
        titles = Dictionary(course.lessons.enumerated().map { ($1.id, String(format: "%02d %@", $0 + 1, $1.title)) },
                            uniquingKeysWith: { first, _ in first })
    }

    /// One lesson's questions or every lesson's; with `practice`, the generated questions on the nodes they teach.
    func questions(lesson: String?, practice: Bool) throws -> [Question] {
        let lessons = try lesson.map { [try course.requireLesson($0)] } ?? course.lessons
        var questions = lessons.flatMap(\.questions)
        if practice {
            // Practice belongs to no lesson: take what asks about the nodes these lessons teach.
            let taught = Set(questions.flatMap(\.nodes))
            questions += course.practice.filter { lesson == nil || !taught.isDisjoint(with: $0.nodes) }
        }
        return questions
    }

    func title(for question: Question) -> String { titles[question.lesson] ?? "Practice" }

    func name(for question: Question) -> String { "moot::" + title(for: question).replacingOccurrences(of: "::", with: ":") }
}
