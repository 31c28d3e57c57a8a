import Foundation
import Testing
@testable import MootContent
@testable import MootModel
@testable import MootPresentation
@testable import MootSession
@testable import MootStore
@testable import MootSupport

/// Every question of the course, of every kind, taken as a quiz question: what is on screen before the student
/// answers — the question as shown, `help` (which shows it again) and `why` asked too early — gives nothing of the
/// key away. What counts as giving it away depends on the kind: an option's or the question's explanation, an essay's
/// rubric, the node a free answer must name, the number asked for, the kind asked for, a match's, order's or
/// placement's answer as written, an order shown in its right order, or dates on the steps that put them in order.
@Suite struct QuizKeyLeakTests {
    /// Text with runs of white space (line wrapping) made one space.
    static func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    static let formatExamples = ["(pairs, e.g. 1b 2a)", "(letters in order, e.g. c a b)"]

    /// The years a text names (1800–2099), in the order they appear.
    static func years(_ text: String) -> [Int] {
        text.split { !$0.isNumber }.compactMap { Int($0) }.filter { (1800...2099).contains($0) }
    }

    /// What on `screen` reveals the key of `question`, in words; empty when nothing does.
    static func leaks(_ question: Question, screen raw: String, map: ArgumentMap, order: [Int]?) -> [String] {
        // The format lines are the same under every question ("e.g. 1b 2a"), so they tell nothing of any key, even
        // where a key happens to be written the same way: they are left out of the search.
        var screen = flat(raw)
        for example in formatExamples { screen = screen.replacingOccurrences(of: example, with: "") }
        let prompt = flat(question.prompt)
        var found: [String] = []
        func shows(_ text: String?, _ what: String) {
            guard let text, text.count >= 12 else { return }
            let piece = flat(String(text.prefix(60)))
            if screen.contains(piece) && !prompt.contains(piece) { found.append("\(what): \(piece)") }
        }
        shows(question.explanation, "the explanation")
        for hint in question.hints { shows(hint, "a hint not asked for") }
        if screen.contains("How this answer is graded") || screen.contains("By criterion") { found.append("a rubric") }
        switch question.body {
        case .choice(let choices):
            for choice in choices { shows(choice.why, "an option's why") }
        case .truefalse(_, let why):
            shows(why, "the why")
        case .short, .explain:
            for node in question.nodes.compactMap({ map[$0] }) {
                shows(node.title, "the title of \(node.id)")
                shows(node.text, "the text of \(node.id)")
            }
        case .numeric(let value, _, _):
            let plain = NumberFormat.plain(value)
            let rest = screen.replacingOccurrences(of: prompt, with: "")
            if QuestionPresenter.states(rest, anyOf: [value]) { found.append("the number \(plain)") }
        case .classify:
            if let node = map[question.nodes[0]], screen.contains("[\(node.kind.rawValue)]") { found.append("the kind label") }
        case .match, .place:
            let answer = QuestionPresenter(map: map, style: Style(color: false)).answer(question)
            if screen.contains(answer) { found.append("the answer \(answer)") }
        case .order(let steps):
            let shown = QuestionLayout.orderItems(steps, id: question.id)
            if shown == steps { found.append("the steps in their right order") }
            let answer = QuestionPresenter(map: map, style: Style(color: false)).answer(question)
            if screen.contains("(" + answer + ")") || screen.hasSuffix(answer) { found.append("the answer \(answer)") }
            // Dates on the steps that put them in order: two or more steps dated, in the key's order.
            let dated = steps.compactMap { step in years(question.text(of: step, in: map)).first.map { (step, $0) } }
            let visible = dated.filter { screen.contains(String($0.1)) }
            if visible.count >= 2, visible.map(\.1) == visible.map(\.1).sorted(), Set(visible.map(\.1)).count > 1 {
                found.append("the dates \(visible.map(\.1)) on the steps give the order away")
            }
        }
        return found
    }

    @Test func nothingOnScreenBeforeAnsweringRevealsTheKeyOfAnyKind() throws {
        var course = RepositoryCourse.course
        let questions = course.lessons.flatMap(\.questions)
        let kinds = Set(questions.map(\.kind))
        #expect(kinds == Set(QuestionKind.allCases), "the course asks every kind: \(kinds)")
        course.quizzes.append(Quiz(id: "every-question", title: "Every question", instructions: "",
                                   items: questions.map { QuizItem(question: $0, points: 1) }, passPercent: 50,
                                   attemptsAllowed: 1, shuffleQuestions: false, shuffleChoices: true, feedback: .immediate,
                                   hintsAllowed: true, seed: "leaks", location: SourceLocation(file: "test", line: 1, column: 1)))
        var checked: [QuestionKind: Int] = [:]
        var leaks: [String] = []
        for student in ["ada", "bo"] {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("moot-leaks-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let store = try Store(url: folder.appendingPathComponent("progress.sqlite"))
            let session = Session(course: course, style: Style(color: false, width: 100))
            session.recorder = LearnerRecord(store: store, learner: try store.learner(named: student, create: true), course: course)
            session.student = student
            session.submissions = folder
            var screen = session.handle("quiz every-question")
            while let question = session.currentQuestion {
                screen += "\n" + session.handle("help") + "\n" + session.handle("why")
                let order = session.choiceOrder(question)
                leaks += Self.leaks(question, screen: screen, map: course.map, order: order).map { "\(question.id) (\(question.kind)): \($0)" }
                checked[question.kind, default: 0] += 1
                // Skipped, so what follows the question is only the next one's screen.
                screen = session.handle("skip").components(separatedBy: "Skipped.").last ?? ""
            }
            #expect(screen.contains("Quiz complete."))
        }
        print("key leaks checked before answering: \(checked.sorted { $0.key.rawValue < $1.key.rawValue })")
        #expect(checked.values.reduce(0, +) == questions.count * 2)
        #expect(leaks.isEmpty, "\(leaks.joined(separator: "\n"))")
    }

    /// The checker itself finds what it should: an essay's rubric, a title a short answer must name, a numeric key,
    /// an order question's dates.
    @Test func theCheckerFindsEachKindOfLeak() throws {
        let course = RepositoryCourse.course
        let map = course.map
        let essay = try #require(course.lessons.flatMap(\.questions).first { $0.kind == .explain })
        let rubric = try #require(QuestionPresenter(map: map, style: Style(color: false)).rubric(essay))
        #expect(Self.leaks(essay, screen: essay.prompt + "\n" + rubric, map: map, order: nil).contains("a rubric"))
        let short = try #require(course.question("orientation-testimony"))
        let title = try #require(map[short.nodes[0]]?.title)
        #expect(!Self.leaks(short, screen: short.prompt + "\n" + title, map: map, order: nil).isEmpty)
        let numeric = try #require(course.lessons.flatMap(\.questions).first { $0.kind == .numeric })
        guard case let .numeric(value, _, _) = numeric.body else { return }
        #expect(!Self.leaks(numeric, screen: numeric.prompt + "\n(it is \(NumberFormat.plain(value)))", map: map, order: nil).isEmpty)
        let dated = Question(id: "dated", lesson: "x", prompt: "Put these in order.",
                             body: .order(["e-1914-veracruz", "e-1916-mines", "e-punitive-expedition"]),
                             nodes: ["e-1914-veracruz", "e-1916-mines", "e-punitive-expedition"], hints: [],
                             location: SourceLocation(file: "x", line: 1, column: 1))
        #expect(Self.leaks(dated, screen: "a) in 1916 … b) in 1914 … c) until 1917", map: map, order: nil)
            .contains { $0.contains("give the order away") })
    }
}
