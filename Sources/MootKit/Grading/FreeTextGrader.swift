/// Grades free text (`short` and `explain`) by the nodes of the map it names, and how.
struct FreeTextGrader {
    let map: ArgumentMap
    let recognizer: NodeRecognizer

    func grade(_ question: Question, _ answer: String, rubric: [RubricItem], pass: Double?) throws -> Verdict {
        let analysis = recognizer.analyse(answer)
        guard analysis.contentWords > 0 || !analysis.numbers.isEmpty else {
            throw UnreadableAnswer("Answer in words: that line has nothing a grader can read.")
        }
        let expected = rubric.map(\.node)
        let recognitions = recognizer.recognise(analysis)
        let named = Dictionary(recognitions.map { ($0.node, $0) }, uniquingKeysWith: { first, _ in first })
        let covered = expected.filter { named[$0].map { !$0.negated } ?? false }
        let negated = expected.filter { named[$0]?.negated ?? false }
        let others = recognitions.filter { !expected.contains($0.node) && !$0.negated }
        let opposing = others.filter { other in expected.contains { opposes(other.node, $0) } }
        var verdict = Verdict(question: question.id, verdict: .incorrect, score: 0, expected: expected,
                              recognised: recognitions.map(\.node), covered: covered,
                              missed: expected.filter { !covered.contains($0) }, feedback: "")

        // A pile of key words with no sentence around them earns nothing, whatever it happens to contain.
        if analysis.functionWords == 0 && analysis.contentWords >= 4 && recognitions.count >= 2 {
            return refuse(verdict, "keyword-pile",
                          "That reads as a list of key words, not an answer: say how the ideas connect, in a sentence.")
        }
        if let contradiction = expected.first(where: { covered.contains($0) && negated.contains($0) }) {
            return refuse(verdict, "self-contradiction",
                          "The answer both asserts and denies \(title(contradiction)), so it says nothing either way.")
        }
        let total = rubric.reduce(0) { $0 + $1.weight }
        let earned = rubric.filter { covered.contains($0.node) }.reduce(0) { $0 + $1.weight }
        verdict.score = total > 0 ? earned / total : 0
        if pass == nil, let other = opposing.first, !covered.isEmpty {
            return refuse(verdict, "both-sides",
                          "You name \(title(covered[0])) but also \(title(other.node)), which \(relation(other.node, covered[0])). "
                          + "An answer that takes both sides earns no credit: which one answers the question?")
        }
        if let pass {
            verdict.verdict = verdict.score >= pass ? .correct : verdict.score > 0 ? .partial : .incorrect
            if verdict.verdict == .correct { verdict.score = max(verdict.score, pass) }
        } else {
            verdict.verdict = Verdict.outcome(for: verdict.score)
        }
        verdict.path = explainPath(named: covered.isEmpty ? (others.first?.node ?? negated.first) : covered.first,
                                   expected: expected)
        verdict.feedback = feedback(verdict, negated: negated, others: others, opposing: opposing)
        if verdict.misconception == nil {
            if !negated.isEmpty && covered.isEmpty { verdict.misconception = "negated" }
            else if verdict.verdict == .incorrect, let other = others.first {
                verdict.misconception = opposing.contains(other) ? "other-side" : "wrong-node"
            }
        }
        return verdict
    }

    private func refuse(_ verdict: Verdict, _ misconception: String, _ feedback: String) -> Verdict {
        var verdict = verdict
        verdict.verdict = .incorrect
        verdict.score = 0
        verdict.covered = []
        verdict.missed = verdict.expected
        verdict.misconception = misconception
        verdict.feedback = feedback
        return verdict
    }

    private func feedback(_ verdict: Verdict, negated: [String], others: [Recognition], opposing: [Recognition]) -> String {
        var lines: [String] = []
        switch verdict.verdict {
        case .correct:
            lines.append("Right: you named \(verdict.covered.map(title).joined(separator: ", ")).")
        case .partial:
            lines.append("Partly right: you covered \(verdict.covered.map(title).joined(separator: ", ")); "
                         + "still missing: \(verdict.missed.map(title).joined(separator: ", ")).")
        case .incorrect:
            if let denied = negated.first {
                lines.append("You said the opposite of \(title(denied)): the map has it as “\(map[denied]?.text ?? "")”")
            } else if let other = others.first {
                let link = verdict.expected.first.map { relation(other.node, $0) } ?? ""
                lines.append("You named \(title(other.node)) (\(map[other.node]?.kindLabel ?? "node")), which \(link). "
                             + "The question asks for \(verdict.expected.map(title).joined(separator: " and ")).")
            } else {
                lines.append("That does not name \(verdict.expected.map(title).joined(separator: " or ")).")
            }
        }
        for denied in negated where verdict.verdict != .incorrect {
            lines.append("Careful: you deny \(title(denied)), which the answer needs.")
        }
        return lines.joined(separator: " ")
    }

    private func title(_ id: String) -> String { map[id].map { "‘\($0.title)’" } ?? id }

    /// Whether one node attacks the other, or answers it, in either direction.
    private func opposes(_ a: String, _ b: String) -> Bool {
        (map.edges(from: a) + map.edges(from: b)).contains { edge in
            (edge.kind.isAttack || edge.kind == .answers) && (edge.to == a || edge.to == b)
        }
    }

    /// "rebuts ‘X’", "is supported by ‘Y’", or a longer path through the map.
    func relation(_ from: String, _ to: String) -> String {
        guard let chain = map.path(from: from, to: to), !chain.isEmpty else { return "is not linked to it in the map" }
        var cursor = from
        var parts: [String] = []
        for edge in chain {
            if edge.from == cursor {
                parts.append("\(edge.kind.verb) \(title(edge.to))")
                cursor = edge.to
            } else {
                parts.append("\(edge.kind.passive) \(title(edge.from))")
                cursor = edge.from
            }
        }
        return parts.joined(separator: ", which ")
    }

    /// The map path from what was named (or the first expected node) to the expected node, as readable steps.
    func explainPath(named: String?, expected: [String]) -> [String] {
        guard let target = expected.first else { return [] }
        let start = named ?? target
        if start == target {
            return map.edges(from: target).prefix(2).map { "\($0.from) \($0.kind.verb) \($0.to)" }
        }
        return (map.path(from: start, to: target) ?? []).map { "\($0.from) \($0.kind.verb) \($0.to)" }
    }
}
