import ArgumentParser
import MootContent

struct Lessons: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the lessons in order.")

    @OptionGroup var options: ContentOptions
    @Flag(help: "Print JSON.") var json = false

    struct Row: Encodable {
        var number: Int, id: String, title: String, section: String, questions: Int, objectives: [String]
    }

    func run() throws {
        let course = try options.course()
        let rows = course.lessons.enumerated().map { index, lesson in
            Row(number: index + 1, id: lesson.id, title: lesson.title, section: lesson.section,
                questions: lesson.questions.count, objectives: lesson.objectives)
        }
        if json { return try printJSON(rows) }
        for row in rows {
            print("\(row.number). \(row.id.padding(toLength: 16, withPad: " ", startingAt: 0)) \(row.title) (\(row.questions) questions)")
        }
    }
}
