import Foundation
import MootModel
import MootSupport

/// Item analysis: per question the share correct (facility) and the discrimination index (top 27 % minus bottom
/// 27 % by total), the most-chosen wrong options, for an essay the share meeting each rubric criterion, and per node
/// the share of students who missed it. The terminal text and the class report read the same figures.
extension Gradebook {
    public struct ItemStatistics: Sendable {
        public struct WrongOption: Sendable { public var text: String; public var count: Int }
        public struct Criterion: Sendable {
            public var node: String, title: String, weight: Double
            /// Students whose answer covered the criterion, of `answered`.
            public var met: Int
        }
        public var question: Question
        public var answered: Int
        public var correct: Int
        public var facility: Double { answered == 0 ? 0 : Double(correct) / Double(answered) }
        public var discrimination: Double
        /// At most two, most chosen first.
        public var wrongOptions: [WrongOption]
        /// The rubric of an explanation question, in its order; empty for other kinds.
        public var criteria: [Criterion]
    }

    public struct NodeMisses: Sendable {
        public var node: String
        public var missed: Int, asked: Int
        public var share: Double { asked == 0 ? 0 : Double(missed) / Double(asked) }
    }

    public var itemStatistics: [ItemStatistics] {
        let ranked = rows.indices.sorted { rows[$0].points > rows[$1].points }
        let group = max(1, Int((Double(rows.count) * 0.27).rounded()))
        let top = Set(ranked.prefix(group)), bottom = Set(ranked.suffix(group))
        return quiz.items.map { item in
            let given = answers[item.question.id] ?? []
            func share(_ students: Set<Int>) -> Double {
                let inGroup = given.filter { students.contains($0.student) }
                return inGroup.isEmpty ? 0 : Double(inGroup.filter { $0.outcome == .correct }.count) / Double(inGroup.count)
            }
            let wrong = given.filter { $0.outcome != .correct }
            let options = Dictionary(grouping: wrong.flatMap(\.chosen), by: { $0 }).mapValues(\.count)
                .sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(2)
                .map { ItemStatistics.WrongOption(text: $0.key, count: $0.value) }
            var criteria: [ItemStatistics.Criterion] = []
            if case .explain(let rubric, _) = item.question.body {
                criteria = rubric.map { criterion in
                    .init(node: criterion.node, title: grader.course.map.title(of: criterion.node) ?? criterion.node,
                          weight: criterion.weight, met: given.filter { $0.covered.contains(criterion.node) }.count)
                }
            }
            return ItemStatistics(question: item.question, answered: given.count,
                                  correct: given.filter { $0.outcome == .correct }.count,
                                  discrimination: share(top) - share(bottom), wrongOptions: options, criteria: criteria)
        }
    }

    /// Every node a question of the quiz asks about, most missed first.
    public var nodeMisses: [NodeMisses] {
        var missed: [String: Set<Int>] = [:], seen: [String: Set<Int>] = [:]
        for item in quiz.items {
            for node in item.question.nodes {
                for answer in answers[item.question.id] ?? [] {
                    seen[node, default: []].insert(answer.student)
                    if answer.outcome != .correct { missed[node, default: []].insert(answer.student) }
                }
            }
        }
        return seen.map { NodeMisses(node: $0.key, missed: missed[$0.key]?.count ?? 0, asked: $0.value.count) }
            .sorted { ($0.missed, $1.node) > ($1.missed, $0.node) }
    }

    public func itemAnalysis() -> String {
        guard !rows.isEmpty else { return "No submission could be graded." }
        var lines = ["Item analysis (\(rows.count) graded):", "  correct  discrim.  question"]
        for item in itemStatistics {
            lines.append(String(format: "  %5.0f%%   %+.2f    ", item.facility * 100, item.discrimination) + item.question.id)
            if !item.wrongOptions.isEmpty {
                lines.append("           most chosen wrong: " + item.wrongOptions.map { "“\($0.text.prefix(50))” ×\($0.count)" }.joined(separator: ", "))
            }
            for criterion in item.criteria {
                let share = item.answered == 0 ? 0 : Double(criterion.met) / Double(item.answered) * 100
                lines.append(String(format: "           %5.0f%% met ", share) + "\(criterion.title) (\(criterion.node), weight \(NumberFormat.plain(criterion.weight)))")
            }
        }
        lines.append("Share of students who missed each part of the argument:")
        for node in nodeMisses { lines.append(String(format: "  %5.0f%%  ", node.share * 100) + node.node) }
        return lines.joined(separator: "\n")
    }
}
