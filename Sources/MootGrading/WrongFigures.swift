import MootModel

/// A right point with a wrong figure ("the 18 people killed at the mines" for the article's 17) is half an answer,
/// as a teacher marks a right answer with a wrong detail.
extension FreeTextGrader {
    /// Whether the answer gives a figure for the evidence node that the node does not give: a figure of the answer
    /// of 10 or more (a smaller one counts things: "two raids"), not denied, not a year and not given by the
    /// question, against the node's own figures (in its title, text and wordings, years aside). A figure marked as
    /// approximate ("about", "over") may be 15 % off. A figure the article gives for another node the answer also
    /// names ("…and the 18 killed in Villa's raids") is that node's figure, not a wrong one for this.
    func misstatesFigure(_ answer: String, _ analysis: Analysis, of node: String, asked prompt: String,
                         alsoNamed others: [String] = []) -> Bool {
        guard var own = recognizer.evidenceFigures[node], !own.isEmpty else { return false }
        own += others.flatMap { recognizer.evidenceFigures[$0] ?? [] }
        let mentions = NumberMention.all(in: answer)
        guard !mentions.isEmpty else { return false }
        let given = Set(NumberReader.numbers(in: prompt))
        let words = Set(analysis.words)
        let loose = !words.isDisjoint(with: Grader.approximations) || !words.isDisjoint(with: Grader.bounds)
        return mentions.contains { mention in
            guard !mention.negated, mention.value.isFinite, mention.value >= 10, !NumberMention.isYear(mention.value),
                  !given.contains(mention.value) else { return false }
            return !own.contains { $0 == mention.value || loose && abs($0 - mention.value) <= abs($0) * 0.15 }
        }
    }
}
