import MootModel

/// A figure the fact-check bears out, called false ("the 105,000 overdose deaths are made up"), is a wrong fact in
/// the right words: what is weak about such a figure is how the article uses it, never the number.
extension FreeTextGrader {
    /// Words that call a figure false.
    static let falsity: Set<String> = [
        "false", "fake", "invented", "fabricated", "fabrication", "bogus", "untrue", "wrong", "incorrect", "inaccurate",
        "exaggerated", "inflated", "overstated", "lie", "lies",
    ]

    /// Whether the answer calls the node's figure false, unnegated, in the clause that names it.
    func callsSoundFigureFalse(_ id: String, _ recognition: Recognition, in analysis: Analysis) -> Bool {
        guard map[id]?.check?.bearsOut == true,
              let clause = analysis.clauses.first(where: { $0.range.contains(recognition.span.lowerBound) }) else { return false }
        let words = analysis.words
        let range = clause.range.lowerBound...min(words.count - 1, clause.range.upperBound)
        return range.contains { index in
            let calledFalse = Self.falsity.contains(words[index]) || words[index] == "made" && index + 1 < words.count && words[index + 1] == "up"
            return calledFalse && !analysis.negations.contains { $0 < index && $0 >= index - 2 }
        }
    }
}
