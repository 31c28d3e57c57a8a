import MootModel

/// What the question itself says, which an answer need not repeat.
struct QuestionContext: Sendable {
    /// Stems of the prompt's content words (as the recognizer's stem numbers).
    var stems: StemSet
    /// True when the question's own sentence carries a negation ("What did they *lack*?", "What did she
    /// *reject*?"), so a bare answer names the negated statement.
    var negated: Bool
    /// Whether the question asks for a name (`FreeTextGrader.asksForName`), so that a name alone may answer it.
    var asksForName = false
    /// Whether it asks who ("who", "whom", "whose"): a person's office then answers it too.
    var asksWho = false
    /// The words of the question's key nodes' wordings, preferred when a typo is equally near several course words.
    var key: TypoCorrector?
    /// Each act of the problem (`acts:`): its first wording as shown, and the stems of every wording.
    var acts: [(shown: String, wordings: [Set<String>])] = []
    /// The stems an answer only restates when it repeats them: the question's own sentence, where a problem's
    /// facts come before it ("Mexico arrests the operators … Lawful?"): an answer that applies those facts says
    /// something of its own. Nil: all of `stems`.
    var restated: StemSet?

    static let none = QuestionContext(stems: StemSet(), negated: false)
}

extension NodeRecognizer {
    /// The question as context: its content words, and whether its own sentence is negative. `facts`: the prompt
    /// sets out a problem's facts before its question, and only the question's sentence is restated.
    func context(for prompt: String, facts: Bool = false) -> QuestionContext {
        let question = prompt.split(whereSeparator: { ".!;".contains($0) }).last(where: { $0.contains("?") }).map(String.init)
            ?? prompt
        // A negation inside a claim the question reports ("the objection that selling a drug is not a use of
        // force") or a concession ("although the article never says it") is not what the question asks for.
        let words = TextNormalizer.words(question)
        let reported = words.indices.first { index in
            ["although", "though"].contains(words[index])
                || words[index] == "that" && index > 0 && Self.reportingNouns.contains(words[index - 1])
        } ?? words.count
        let negated = TextNormalizer.analyse(words: words).negations.contains { $0 < reported }
        func stems(_ text: String) -> StemSet { StemSet(TextNormalizer.analyse(text).tokens.compactMap { numbers[$0.stem] }) }
        var context = QuestionContext(stems: stems(prompt), negated: negated)
        if facts { context.restated = stems(question) }
        return context
    }

    /// Nouns that report a claim in a "that" clause.
    static let reportingNouns: Set<String> = ["objection", "reply", "claim", "argument", "view", "idea", "point", "premise", "answer"]
}

extension Grader {
    /// What a free-text question says, read once per question rather than per answer.
    static func context(for question: Question, _ recognizer: NodeRecognizer, map: ArgumentMap) -> QuestionContext {
        var context = recognizer.context(for: question.prompt, facts: question.kind == .explain)
        context.asksForName = FreeTextGrader.asksForName(question.prompt)
        context.asksWho = !Set(TextNormalizer.words(question.prompt)).isDisjoint(with: ["who", "whom", "whose"])
        context.key = recognizer.keyCorrector(for: (question.nodes + question.half).compactMap { map[$0] })
        context.acts = question.acts.map { wordings in
            (wordings[0], wordings.map { Set(TextNormalizer.words($0).map(TextNormalizer.stem)) })
        }
        return context
    }
}
