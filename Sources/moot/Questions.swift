import ArgumentParser
import MootContent
import MootModel
import MootSession

struct Questions: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every question with its id, lesson, kind, prompt and nodes.",
        discussion: "A choice question's options follow it, one a line after a tab, lettered as the learner sees them in the tutor (the letters `moot answer --learner` reads).")

    @OptionGroup var options: ContentOptions
    @Option(help: "Only this lesson (id or number).", completion: CourseCompletion.lessons) var lesson: String?
    @Flag(help: "Also list the practice questions generated from the map.") var practice = false
    @Option(help: "Letter choice options as this learner sees them in the tutor (default: your login name).")
    var learner: String?
    @Flag(help: "Print JSON.") var json = false

    struct Row: Encodable {
        var id: String, lesson: String, kind: String, prompt: String, nodes: [String], generated: Bool
        /// A choice question's options, lettered in the learner's order (nil for other kinds).
        var options: [ChoiceOption]?
    }
    struct ChoiceOption: Encodable {
        var letter: String, text: String
    }

    func run() throws {
        let course = try options.course()
        var questions = practice ? course.questions : course.lessons.flatMap(\.questions)
        if let lesson {
            let found = try course.requireLesson(lesson)
            questions = questions.filter { $0.lesson == found.id }
        }
        let name = LearnerOptions(dataDir: nil, learner: learner, newLearner: false).name
        let rows = questions.map { question in
            Row(id: question.id, lesson: question.lesson, kind: question.kind.rawValue, prompt: question.prompt,
                nodes: question.nodes, generated: question.generated, options: Self.options(question, learner: name))
        }
        if json { return try printJSON(rows) }
        for row in rows {
            print("\(row.id)\t\(row.lesson)\t\(row.kind)\t\(row.prompt)\t\(row.nodes.joined(separator: ","))")
            // Options on their own lines, after a tab, so each question stays one tab-separated row.
            for option in row.options ?? [] { print("\t\(option.letter)) \(option.text)") }
        }
    }

    /// The options of a choice question as `learner` sees them in the tutor.
    static func options(_ question: Question, learner: String) -> [ChoiceOption]? {
        guard case let .choice(choices) = question.body else { return nil }
        let order = Session.choiceOrder(question, learner: learner) ?? Array(choices.indices)
        return order.enumerated().map { ChoiceOption(letter: QuestionLayout.letter($0.offset), text: choices[$0.element].text) }
    }
}
