import Foundation
import MootModel
import MootSupport

/// Grading a `place` question: the learner says, statement by statement, how it bears on which offered node —
/// "1 supports c; 2 attacks a; 3 co-premise with b". Each statement earns its own credit (1 for the right relation
/// to the right node, ½ for the right node with another relation, 0 otherwise) and its own feedback, which says
/// what the target node claims, so the learner sees why it goes there.
extension Grader {
    /// One statement's result, for the verdict and for tests.
    struct PlacementResult: Equatable {
        var number: Int
        /// What the learner said, if they said anything about this statement.
        var relation: PlacementRelation?
        var node: String?
        var score: Double
    }

    func gradePlacement(_ question: Question, _ statements: [Placement], among: [String], _ answer: String) throws -> Verdict {
        let offered = QuestionLayout.placeTargets(statements, among: among, id: question.id)
        let said = placements(in: answer, count: statements.count, offered: offered)
        guard !said.isEmpty else {
            throw UnreadableAnswer("Place each statement by its number: how it bears on which node, by letter — e.g. "
                                   + "“1 supports b; 2 attacks a; 3 co-premise with c” (relations: supports, attacks, "
                                   + "undercuts, co-premise with).")
        }
        var results: [PlacementResult] = []
        var lines: [String] = []
        for (index, statement) in statements.enumerated() {
            let given = said[index + 1]
            let nodeRight = given?.node == statement.node
            let score = nodeRight ? (given?.relation == statement.relation ? 1 : 0.5) : 0
            results.append(PlacementResult(number: index + 1, relation: given?.relation, node: given?.node, score: score))
            lines.append(line(index + 1, statement, given: given, score: score))
        }
        let score = results.map(\.score).reduce(0, +) / Double(statements.count)
        let right = results.filter { $0.score >= 1 }.count
        let summary = right == statements.count ? "All \(right) statements placed right."
            : "\(right) of \(statements.count) statements placed right."
        let outcome = Verdict.outcome(for: score)
        let covered = statements.indices.filter { results[$0].score >= 1 }.map { statements[$0].node }
        return Verdict(question: question.id, verdict: outcome, score: score, expected: question.nodes,
                       recognised: results.compactMap(\.node).reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
                       covered: question.nodes.filter(covered.contains),
                       missed: question.nodes.filter { !covered.contains($0) },
                       misconception: outcome == .correct ? nil : "wrong-place",
                       feedback: ([summary] + lines).joined(separator: "\n"))
    }

    /// "2 ✓ …", "2 ½ …", "2 ✗ …": the mark, then where the statement goes and what that node claims.
    private func line(_ number: Int, _ statement: Placement, given: (relation: PlacementRelation?, node: String?)?,
                      score: Double) -> String {
        let target = course.map[statement.node]
        let title = target?.title ?? statement.node
        let claims = target.map { " — that node claims: \($0.text)" } ?? ""
        let why = statement.why.map { " \($0)" } ?? ""
        let key = statement.relation.phrase(title)
        guard let given, given.node != nil || given.relation != nil else {
            return "\(number) ✗ not placed: it \(key)\(claims)\(why)"
        }
        let said: String
        switch (given.relation, given.node) {
        case let (relation?, node?): said = "it " + relation.phrase(course.map.title(of: node) ?? node)
        case let (nil, node?): said = "‘\(course.map.title(of: node) ?? node)’ with no relation"
        case let (relation, nil): said = "it \(relation?.rawValue ?? "") with no node named"
        }
        if score >= 1 { return "\(number) ✓ it \(key)\(claims)\(why)" }
        if score > 0 {
            return "\(number) ½ right node, not the right relation: you said \(said); it \(key)\(claims)\(why)"
        }
        return "\(number) ✗ you said \(said); it \(key)\(claims)\(why)"
    }

    /// What the answer says about each statement, by its number: the relation and the offered node it names (by
    /// letter, id or wording). A statement named twice keeps its first placement.
    func placements(in answer: String, count: Int, offered: [String]) -> [Int: (relation: PlacementRelation?, node: String?)] {
        var result: [Int: (relation: PlacementRelation?, node: String?)] = [:]
        for (number, clause) in Self.clauses(answer, count: count) where result[number] == nil {
            result[number] = (Self.relation(in: clause), node(in: clause, offered: offered))
        }
        return result
    }

    /// Splits the answer where a statement number starts a clause ("1 supports b, 2: attacks a; (3) with c").
    static func clauses(_ answer: String, count: Int) -> [(Int, String)] {
        let tokens = answer.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "’" && $0 != "'" }
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "-")) }.filter { !$0.isEmpty }
        var clauses: [(Int, [String])] = []
        for token in tokens {
            if let number = Int(token), (1...count).contains(number) {
                clauses.append((number, []))
            } else if !clauses.isEmpty {
                clauses[clauses.count - 1].1.append(token)
            }
        }
        return clauses.map { ($0.0, $0.1.joined(separator: " ")) }
    }

    /// The relation a clause names; a co-premise first, since "supports together with b" also says "supports".
    static func relation(in clause: String) -> PlacementRelation? {
        let words = Set(clause.split(separator: " ").map(String.init))
        if !words.isDisjoint(with: ["co-premise", "copremise", "co-premises", "together", "jointly", "linked", "with", "alongside", "conjunction"]) {
            return .coPremise
        }
        if !words.isDisjoint(with: ["undercuts", "undercut", "undercutting", "undercutter", "inference"]) { return .undercuts }
        if !words.isDisjoint(with: ["attacks", "attack", "attacking", "rebuts", "rebut", "undermines", "undermine", "against",
                                    "contradicts", "opposes", "challenges", "refutes", "denies", "weakens"]) {
            return .attacks
        }
        if !words.isDisjoint(with: ["supports", "support", "supporting", "backs", "for", "reason", "strengthens", "confirms", "pro"]) {
            return .supports
        }
        return nil
    }

    /// The offered node a clause names: a letter of the list (the last one standing alone, so "a" as an article
    /// before it is passed over), a node id, or the node's own wording.
    private func node(in clause: String, offered: [String]) -> String? {
        let words = clause.split(separator: " ").map(String.init)
        if let id = words.first(where: offered.contains) { return id }
        if let letter = words.last(where: { QuestionLayout.index(ofLetter: Substring($0)).map(offered.indices.contains) ?? false }),
           let index = QuestionLayout.index(ofLetter: Substring(letter)) {
            return offered[index]
        }
        return recognizer.recognise(recognizer.analyse(clause)).map(\.node).first(where: offered.contains)
    }
}
