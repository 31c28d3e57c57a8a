import MootModel

/// What a free-text verdict tells the learner: what was covered, what is missing, how the named nodes relate.
extension FreeTextGrader {
    /// No credit, and why.
    func refuse(_ verdict: Verdict, _ misconception: String, _ feedback: String) -> Verdict {
        var verdict = verdict
        verdict.verdict = .incorrect
        verdict.score = 0
        verdict.covered = []
        verdict.missed = verdict.expected
        verdict.misconception = misconception
        verdict.feedback = feedback
        return verdict
    }

    /// The missed points by criterion: a group's as "one of ‘A’ or ‘B’".
    func missing(_ missed: [String], of rubric: [RubricItem]) -> String {
        rubric.criteria.compactMap { criterion -> String? in
            let nodes = criterion.map(\.node).filter(missed.contains)
            guard !nodes.isEmpty else { return nil }
            if nodes.count == 1 { return title(nodes[0]) }
            // A long group is named by two of its points ("one of 9, such as ‘A’ or ‘B’").
            if nodes.count > 4 { return "one of \(nodes.count), such as \(title(nodes[0])) or \(title(nodes[1]))" }
            return "one of " + nodes.map(title).joined(separator: " or ")
        }.joined(separator: ", ")
    }

    func feedback(_ verdict: Verdict, negated: [String], others: [Recognition], opposing: [Recognition], rubric: [RubricItem]) -> String {
        var lines: [String] = []
        switch verdict.verdict {
        case .correct:
            lines.append("Right: your answer matches \(verdict.covered.map(title).joined(separator: ", ")).")
        case .partial:
            lines.append("Partly right: you covered \(verdict.covered.map(title).joined(separator: ", ")); "
                         + "still missing: \(missing(verdict.missed, of: rubric)).")
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

    func title(_ id: String) -> String { map.title(of: id).map { "‘\($0)’" } ?? id }

    /// Whether one node attacks the other, in either direction. (A reply and the objection it answers are
    /// not opposed for this purpose: a reply naturally names what it answers.)
    func opposes(_ a: String, _ b: String) -> Bool { map.opposed(a, b) }

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
