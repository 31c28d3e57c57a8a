/// The kinds of question a lesson or quiz can ask.
public enum QuestionKind: String, CaseIterable, Codable, Sendable {
    case choice, truefalse, short, numeric, explain, classify, match, order, place
}

/// One option of a `choice` question.
public struct Choice: Sendable {
    public var text: String
    public var correct: Bool
    /// Why this option is wrong (or, for a correct one, why it is right).
    public var why: String?

    public init(text: String, correct: Bool, why: String? = nil) {
        self.text = text
        self.correct = correct
        self.why = why
    }
}

/// One node an `explain` answer should cover, and how much it counts.
public struct RubricItem: Sendable {
    public var node: String
    public var weight: Double
    /// Items of one group are one criterion that any of them meets ("one objection the article answers").
    public var group: String?

    public init(node: String, weight: Double, group: String? = nil) {
        self.node = node
        self.weight = weight
        self.group = group
    }
}

/// One correct pairing in a `match` question (both sides are node ids).
public struct MatchPair: Sendable {
    public var left: String
    public var right: String

    public init(left: String, right: String) {
        self.left = left
        self.right = right
    }
}

/// What a question asks for, by kind.
public enum QuestionBody: Sendable {
    /// One or several options are correct.
    case choice([Choice])
    case truefalse(answer: Bool, why: String?)
    /// Free text that must name the question's nodes.
    case short
    /// A number within `tolerance` (absolute) of `value`.
    case numeric(value: Double, tolerance: Double, unit: String?)
    /// Free text graded against weighted nodes; `pass` is the share of weight needed for "correct".
    case explain(rubric: [RubricItem], pass: Double)
    /// Name the kind of the question's node.
    case classify
    /// Pair each left node with its right node.
    case match([MatchPair])
    /// Put the nodes in their order in the chain of reasoning.
    case order([String])
    /// Say where each unplaced statement goes in the map; `among` are further nodes offered as decoys.
    case place(statements: [Placement], among: [String])

    public var kind: QuestionKind {
        switch self {
        case .choice: .choice
        case .truefalse: .truefalse
        case .short: .short
        case .numeric: .numeric
        case .explain: .explain
        case .classify: .classify
        case .match: .match
        case .order: .order
        case .place: .place
        }
    }
}

/// A question, with the map nodes it tests and the hints that lead to its answer.
public struct Question: Sendable, Identifiable {
    public var id: String
    /// The lesson it belongs to.
    public var lesson: String
    public var prompt: String
    public var body: QuestionBody
    /// The map nodes this question tests; for `short` these are what the answer must name.
    public var nodes: [String]
    /// Escalating hints, gentlest first.
    public var hints: [String]
    /// Shown by `why` and after the answer is revealed.
    public var explanation: String?
    /// True for practice questions generated from the map's shape.
    public var generated: Bool = false
    public var location: SourceLocation
    /// Labelled example answers from the YAML (`examples:`), graded by `moot check`.
    public var examples: [ExampleAnswer] = []
    /// For a short question that asks for the learner's own pick ("the counterargument you find most damaging"):
    /// any one of its nodes is a full answer (`opinion: true`).
    public var opinion = false
    /// Where in the article (or the literature) the question draws on (`cite:`), and where that was written.
    public var cite: String?
    public var citeLocation: SourceLocation?
    /// For an application problem with a bottom line (`conclusion: lawful`, `unlawful` or `mixed`). An answer whose
    /// own conclusion says otherwise is wrong, whatever rules it names on the way.
    public var conclusion: Conclusion?
    /// For an application problem about several acts (`acts:`), the wordings that name each, the first as shown: an
    /// answer that leaves one out is at most partial.
    public var acts: [[String]] = []
    /// For a one-node short question, neighbouring nodes that answer half of it (`half:`): a point beside the one
    /// asked ("the cartels caused the deaths" where the premise asked for is that the deaths are force).
    public var half: [String] = []
    /// Words shown for a step instead of its node's text (an order question's `show:`), by node id.
    public var shown: [String: String] = [:]

    /// What a learner reads for `node` in this question: its own wording if it has one, else the map's text.
    public func text(of node: String, in map: ArgumentMap) -> String { shown[node] ?? map[node]?.text ?? node }

    public var kind: QuestionKind { body.kind }

    public init(id: String, lesson: String, prompt: String, body: QuestionBody, nodes: [String], hints: [String],
                explanation: String? = nil, generated: Bool = false, location: SourceLocation) {
        self.id = id
        self.lesson = lesson
        self.prompt = prompt
        self.body = body
        self.nodes = nodes
        self.hints = hints
        self.explanation = explanation
        self.generated = generated
        self.location = location
    }
}
