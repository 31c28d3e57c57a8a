import Foundation
import MootModel
import MootPresentation

/// What students need to take a quiz, with every answer key removed: prompts, option texts, item texts, rules.
/// No correct flags, no feedback, no accepted wordings, no map. Only `moot grade`, on the instructor's side, grades.
///
/// Every field, and what it cannot tell: `options`, match right sides and order steps are in an order drawn from the
/// instructor's secret (`PackLayout`), so a position, a letter or a per-student `seed` says nothing of the key;
/// `digest` is keyed, so it cannot be used to test guesses offline; ids are the authors' names, never positions;
/// `multiple` says only what the prompt says anyway ("choose every right option"). The texts themselves are the
/// authors': a content bias (the longest option right) is the content's to fix, and the attacker test measures it.
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

    public static let currentFormat = "moot-pack/2"
    public var format = currentFormat
    public var quiz: String
    public var title: String
    public var instructions: String
    public var rules: String
    public var digest: String
    public var seed: String
    public var timeLimit: Double?
    public var shuffleQuestions: Bool
    public var shuffleChoices: Bool
    /// True when the instructor issued a roster for this quiz before packing it: the student is asked for a code.
    public var asksForCode: Bool?
    public var questions: [PackedQuestion]

    /// A pack laid out by `layout` (the instructor's secret): options, right sides and steps are in the secret
    /// order, and the digest is keyed, so no field of the pack tells a key from the others.
    public init(quiz: Quiz, map: ArgumentMap, layout: PackLayout, asksForCode: Bool = false) {
        let presenter = QuestionPresenter(map: map, style: Style(color: false))
        self.quiz = quiz.id
        title = quiz.title
        instructions = quiz.instructions
        rules = quiz.rules(feedback: .none, hints: false)
        digest = layout.digest
        seed = quiz.seed
        timeLimit = quiz.timeLimit
        shuffleQuestions = quiz.shuffleQuestions
        shuffleChoices = quiz.shuffleChoices
        self.asksForCode = asksForCode
        questions = quiz.items.map { item in
            let question = item.question
            let order = layout.itemOrder(question)
            if case let .choice(choices) = question.body {
                let shown = QuestionLayout.arranged(choices, order: order) ?? choices
                return PackedQuestion(id: question.id, kind: question.kind.rawValue, points: item.points, display: "",
                                      prompt: question.prompt, options: shown.map(\.text),
                                      multiple: choices.filter(\.correct).count > 1)
            }
            return PackedQuestion(id: question.id, kind: question.kind.rawValue, points: item.points,
                                  display: presenter.render(question, itemOrder: order), prompt: question.prompt, options: nil, multiple: nil)
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
