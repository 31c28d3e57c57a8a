import Foundation
import MootModel
import MootPresentation

/// What students need to take a quiz, with every answer key removed: prompts, option texts, item texts, rules.
/// No correct flags, no feedback, no accepted wordings, no map. Only `moot grade`, on the instructor's side, grades.
public struct StudentPack: Codable, Sendable {
    public struct PackedQuestion: Codable, Sendable {
        public var id: String
        public var kind: String
        public var points: Double
        /// The question as shown, for every kind but choice (whose options each student sees in their own order).
        public var display: String
        public var prompt: String
        public var options: [String]?
        public var multiple: Bool?
    }

    public var format = "moot-pack/1"
    public var quiz: String
    public var title: String
    public var instructions: String
    public var rules: String
    public var digest: String
    public var seed: String
    public var timeLimit: Double?
    public var shuffleQuestions: Bool
    public var shuffleChoices: Bool
    public var questions: [PackedQuestion]

    public init(quiz: Quiz, map: ArgumentMap) {
        let presenter = QuestionPresenter(map: map, style: Style(color: false))
        self.quiz = quiz.id
        title = quiz.title
        instructions = quiz.instructions
        rules = quiz.rules(feedback: .none, hints: false)
        digest = quiz.digest
        seed = quiz.seed
        timeLimit = quiz.timeLimit
        shuffleQuestions = quiz.shuffleQuestions
        shuffleChoices = quiz.shuffleChoices
        questions = quiz.items.map { item in
            let question = item.question
            if case let .choice(choices) = question.body {
                return PackedQuestion(id: question.id, kind: question.kind.rawValue, points: item.points, display: "",
                                      prompt: question.prompt, options: choices.map(\.text),
                                      multiple: choices.filter(\.correct).count > 1)
            }
            return PackedQuestion(id: question.id, kind: question.kind.rawValue, points: item.points,
                                  display: ([presenter.render(question)] + [presenter.rubric(question)].compactMap { $0 }).joined(separator: "\n"), prompt: question.prompt, options: nil, multiple: nil)
        }
    }

    /// The same orders the instructor's copy computes, so `moot grade` reads the student's letters correctly.
    public func order(for student: String) -> [PackedQuestion] {
        Quiz.order(questions, shuffle: shuffleQuestions, seed: seed, student: student)
    }

    public func choiceOrder(_ question: PackedQuestion, for student: String) -> [Int]? {
        question.options.map {
            Quiz.choiceOrder(count: $0.count, question: question.id, shuffle: shuffleChoices, seed: seed, student: student)
        }
    }
}
