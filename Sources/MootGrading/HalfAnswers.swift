import MootModel

/// Half answers: a wording met but for part of it, which earns partial credit.
extension NodeRecognizer {
    /// Per node, each statement wording with part of it left out: what a half answer still says. From a wording
    /// of three or more requirements, one may be left out ("close to war" for "nearly led to war with Mexico"); from
    /// one of five or more, two; from a two-word wording, the word other than one no other node's wordings use
    /// ("elimination" for "total elimination"). Never the word that carries the wording's polarity ("not",
    /// "unable"), nor a number or a month: left out, the rest would read as the opposite claim or another date.
    static func halfWordings(of patterns: [Pattern], names: [String]) -> [String: [Pattern]] {
        var users: [Int: Set<String>] = [:]
        for pattern in patterns {
            for stem in pattern.requirements.flatMap({ $0.flatMap(\.stems) }) { users[stem, default: []].insert(pattern.node) }
        }
        func droppable(_ requirement: [Alternative]) -> Bool {
            !requirement.contains { $0.negative || $0.stems.contains { names[$0].first?.isNumber == true || months.contains(names[$0]) } }
        }
        func own(_ requirement: [Alternative], of node: String) -> Bool {
            requirement.count == 1 && !requirement[0].negative && !requirement[0].stems.isEmpty
                && requirement[0].stems.allSatisfy { users[$0] == [node] && names[$0].count >= 4 }
        }
        var relaxed: [String: [Pattern]] = [:]
        func add(_ pattern: Pattern, leaving left: [Int]) {
            var requirements = pattern.requirements
            for index in left.sorted(by: >) { requirements.remove(at: index) }
            relaxed[pattern.node, default: []].append(Pattern(node: pattern.node, requirements: requirements,
                reject: pattern.reject, isName: false, boundaries: 0))
        }
        for pattern in patterns where !pattern.isName && pattern.boundaries == 0 && pattern.requirements.count >= 2 {
            let requirements = pattern.requirements
            let free = requirements.indices.filter { droppable(requirements[$0]) }
            if requirements.count == 2 {
                for left in free where own(requirements[1 - left], of: pattern.node) { add(pattern, leaving: [left]) }
                continue
            }
            for left in free { add(pattern, leaving: [left]) }
            if requirements.count >= 5 {
                for (i, first) in free.enumerated() { for second in free[(i + 1)...] { add(pattern, leaving: [first, second]) } }
            }
        }
        return relaxed
    }

    /// The two clauses of each contrasting wording ("it would hurt relations but remain legal"): it says two
    /// things, and either alone is half of it.
    static func contrastedSides(of phrases: [String]) -> [String] {
        Array(phrases.map { $0.components(separatedBy: " but ") }.filter { $0.count == 2 }.joined())
    }

    /// Whether a side says something on its own: two content words, or one it denies ("not defendable"), not a
    /// lone "legal" or "trying".
    static func saysSomethingAlone(_ side: Pattern) -> Bool {
        side.requirements.count >= 2 || side.requirements.first?.first?.negative == true
    }

    /// Month stems, which make a date.
    static let months = Set(DayOfMonth.names.map(TextNormalizer.stem))

    /// Whether every stem the answer has within `span` is a word of `node`'s half wordings: a weaker match there
    /// ("law" in "break international law") is then part of the half, not another claim beside it.
    func isHalfWording(_ span: ClosedRange<Int>, of node: String, in analysis: Analysis) -> Bool {
        let own = Set((relaxed[node] ?? []).flatMap { $0.requirements.flatMap { $0.flatMap(\.stems) } })
        return analysis.stems.allSatisfy { stem, positions in own.contains(stem) || !positions.contains(where: span.contains) }
    }

    /// The nodes the answer names but for one word of a wording, affirmed, in one clause, on its own words
    /// (at least two of them): a half answer. A clause that asks is no statement.
    func nearlyNamed(_ nodes: [String], in analysis: Analysis) -> [Recognition] {
        var found: [Recognition] = []
        let statements = analysis.clauses.filter { Self.answerToQuestion(ending: $0, in: analysis.words) == nil }
        let given = analysis.context.stems
        for node in nodes {
            search: for pattern in relaxed[node] ?? [] {
                // A wording missing a word it must have from the whole answer matches no clause of it.
                guard pattern.mustHave.allSatisfy({ analysis.whole.stems.contains($0) || given.contains($0) }) else { continue }
                for clause in statements {
                    if let recognition = match(pattern, analysis, in: clause), !recognition.negated,
                       !recognition.usedContext, recognition.strength >= min(2, pattern.requirements.count) {
                        found.append(recognition)
                        break search
                    }
                }
            }
        }
        return found
    }
}

extension FreeTextGrader {
    /// Half credit, and why.
    func halve(_ verdict: Verdict, _ misconception: String, _ feedback: String) -> Verdict {
        var verdict = verdict
        verdict.verdict = .partial
        verdict.score = 0.5
        verdict.misconception = misconception
        verdict.feedback = feedback
        return verdict
    }
}

extension Grader {
    /// A short question's rubric: a point per node; with `half` nodes, its one node and those as one criterion, which
    /// they meet for half its point.
    static func rubric(ofShort question: Question) -> [RubricItem] {
        guard !question.half.isEmpty else { return question.nodes.map { RubricItem(node: $0, weight: 1) } }
        return question.nodes.map { RubricItem(node: $0, weight: 1, group: "key") }
            + question.half.map { RubricItem(node: $0, weight: 0.5, group: "key") }
    }
}
