/// The outcome of grading one answer.
public enum Outcome: String, Codable, Sendable {
    case correct, partial, incorrect
}

/// A graded answer, explained from the map: what was expected, what the learner named, and how they relate.
public struct Verdict: Codable, Sendable {
    public var question: String
    public var verdict: Outcome
    /// 0 to 1.
    public var score: Double
    /// Node ids the question asks for.
    public var expected: [String]
    /// Node ids the answer names: the expected ones it affirms or denies, and other positions it takes (a side node
    /// it only denies is not one). For choice questions: the nodes behind the chosen options.
    public var recognised: [String]
    /// Expected nodes the answer covers, and those it misses.
    public var covered: [String]
    public var missed: [String]
    /// A name for the mistake, when it is a known one: "negated", "other-side", "wrong-node", "both-sides",
    /// "keyword-pile", "self-contradiction", "wrong-kind", "order-of-magnitude", "wrong-option".
    public var misconception: String?
    /// What the learner reads.
    public var feedback: String
    /// The chain of edges in the map that links what was named to what was asked, as readable steps.
    public var path: [String]

    public init(question: String, verdict: Outcome, score: Double, expected: [String], recognised: [String] = [],
                covered: [String] = [], missed: [String] = [], misconception: String? = nil, feedback: String,
                path: [String] = []) {
        self.question = question
        self.verdict = verdict
        self.score = min(1, max(0, score))
        self.expected = expected
        self.recognised = recognised
        self.covered = covered
        self.missed = missed
        self.misconception = misconception
        self.feedback = feedback
        self.path = path
    }

    private enum CodingKeys: String, CodingKey {
        case question, verdict, score, expected, recognised, covered, missed, misconception, feedback, path
    }

    /// Every key is always present (`misconception` as null when there is none), so scripts see one shape.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(question, forKey: .question)
        try container.encode(verdict, forKey: .verdict)
        try container.encode(score, forKey: .score)
        try container.encode(expected, forKey: .expected)
        try container.encode(recognised, forKey: .recognised)
        try container.encode(covered, forKey: .covered)
        try container.encode(missed, forKey: .missed)
        try container.encode(misconception, forKey: .misconception)
        try container.encode(feedback, forKey: .feedback)
        try container.encode(path, forKey: .path)
    }

    /// Outcome from a score: 1 is correct, 0 incorrect, anything between partial.
    public static func outcome(for score: Double) -> Outcome {
        score >= 0.999 ? .correct : score > 0 ? .partial : .incorrect
    }
}

/// An answer that cannot be graded as given (empty, or not in a form the question accepts).
public struct UnreadableAnswer: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
