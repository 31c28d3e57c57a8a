import MootModel

/// Half answers: a wording of three or more requirements met but for one, which earns partial credit.
extension NodeRecognizer {
    /// Per node, each statement wording of three or more requirements with one of them left out: what a half
    /// answer ("close to war" for "nearly led to war with Mexico") still says. Never the word that carries the
    /// wording's polarity ("not", "unable"), nor a number or a month: left out, the rest would read as the opposite
    /// claim or another date.
    static func halfWordings(of patterns: [Pattern], names: [String]) -> [String: [Pattern]] {
        var relaxed: [String: [Pattern]] = [:]
        for pattern in patterns where !pattern.isName && pattern.boundaries == 0 && pattern.requirements.count >= 3 {
            for left in pattern.requirements.indices where !pattern.requirements[left].contains(where: {
                $0.negative || $0.stems.contains { names[$0].first?.isNumber == true || months.contains(names[$0]) }
            }) {
                var requirements = pattern.requirements
                requirements.remove(at: left)
                relaxed[pattern.node, default: []].append(Pattern(node: pattern.node, requirements: requirements,
                    reject: pattern.reject, isName: false, boundaries: 0))
            }
        }
        return relaxed
    }

    /// Month stems, which make a date.
    static let months = Set(DayOfMonth.names.map(TextNormalizer.stem))

    /// The nodes the answer names but for one word of a wording, affirmed, in one clause, on its own words
    /// (at least two of them): a half answer. A clause that asks is no statement.
    func nearlyNamed(_ nodes: [String], in analysis: Analysis) -> [Recognition] {
        var found: [Recognition] = []
        for node in nodes {
            search: for pattern in relaxed[node] ?? [] {
                for clause in analysis.clauses where Self.answerToQuestion(ending: clause, in: analysis.words) == nil {
                    if let recognition = match(pattern, analysis, in: clause), !recognition.negated,
                       !recognition.usedContext, recognition.strength >= 2 {
                        found.append(recognition)
                        break search
                    }
                }
            }
        }
        return found
    }
}
