import ArgumentParser
import MootContent

struct Questions: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List every question with its id, lesson, kind, prompt and nodes.")

    @OptionGroup var options: ContentOptions
    @Option(help: "Only this lesson (id or number).", completion: CourseCompletion.lessons) var lesson: String?
    @Flag(help: "Also list the practice questions generated from the map.") var practice = false
    @Flag(help: "Print JSON.") var json = false

    struct Row: Encodable {
        var id: String, lesson: String, kind: String, prompt: String, nodes: [String], generated: Bool
    }

    func run() throws {
        let course = try options.course()
        var questions = practice ? course.questions : course.lessons.flatMap(\.questions)
        if let lesson {
            let found = try course.requireLesson(lesson)
            questions = questions.filter { $0.lesson == found.id }
        }
        let rows = questions.map {
            Row(id: $0.id, lesson: $0.lesson, kind: $0.kind.rawValue, prompt: $0.prompt, nodes: $0.nodes, generated: $0.generated)
        }
        if json { return try printJSON(rows) }
        for row in rows {
            print("\(row.id)\t\(row.lesson)\t\(row.kind)\t\(row.prompt)\t\(row.nodes.joined(separator: ","))")
        }
    }
}
