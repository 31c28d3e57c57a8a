import Foundation

/// Item analysis: per question the share correct and the discrimination index, the most-chosen wrong options,
/// and per node the share of students who missed it.
extension Gradebook {
    public func itemAnalysis() -> String {
        guard !rows.isEmpty else { return "No submission could be graded." }
        let ranked = rows.indices.sorted { rows[$0].points > rows[$1].points }
        let group = max(1, Int((Double(rows.count) * 0.27).rounded()))
        let top = Set(ranked.prefix(group)), bottom = Set(ranked.suffix(group))
        var lines = ["Item analysis (\(rows.count) graded):", "  correct  discrim.  question"]
        var missedByNode: [String: Set<Int>] = [:], seenByNode: [String: Set<Int>] = [:]
        for item in quiz.items {
            let given = answers[item.question.id] ?? []
            let correct = given.filter { $0.outcome == .correct }
            func share(_ students: Set<Int>) -> Double {
                let inGroup = given.filter { students.contains($0.student) }
                return inGroup.isEmpty ? 0 : Double(inGroup.filter { $0.outcome == .correct }.count) / Double(inGroup.count)
            }
            let discrimination = share(top) - share(bottom)
            lines.append(String(format: "  %5.0f%%   %+.2f    ", Double(correct.count) / Double(max(1, given.count)) * 100, discrimination)
                         + "\(item.question.id)")
            let wrong = given.filter { $0.outcome != .correct }
            let options = Dictionary(grouping: wrong.flatMap(\.chosen), by: { $0 }).mapValues(\.count)
                .sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(2)
            if !options.isEmpty {
                lines.append("           most chosen wrong: " + options.map { "“\($0.key.prefix(50))” ×\($0.value)" }.joined(separator: ", "))
            }
            for node in item.question.nodes {
                for answer in given {
                    seenByNode[node, default: []].insert(answer.student)
                    if answer.outcome != .correct { missedByNode[node, default: []].insert(answer.student) }
                }
            }
        }
        lines.append("Share of students who missed each part of the argument:")
        let nodes = seenByNode.keys.sorted { (missedByNode[$0]?.count ?? 0, $1) > (missedByNode[$1]?.count ?? 0, $0) }
        for node in nodes {
            let share = Double(missedByNode[node]?.count ?? 0) / Double(seenByNode[node]!.count) * 100
            lines.append(String(format: "  %5.0f%%  ", share) + node)
        }
        return lines.joined(separator: "\n")
    }
}
