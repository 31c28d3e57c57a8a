import MootGrading
import MootModel
import MootSupport

/// An explain question's rubric as the learner reads it: before writing in a quiz (the published rubric, the same
/// the grader and the instructor use), and criterion by criterion after the answer is graded.
extension QuestionPresenter {
    /// "How this answer is graded: …" with each criterion's points; nil for a question without a rubric.
    public func rubric(_ question: Question) -> String? {
        guard case let .explain(rubric, pass) = question.body, !rubric.isEmpty else { return nil }
        let total = rubric.reduce(0) { $0 + $1.weight }
        var lines = [style.wrap("How this answer is graded — \(NumberFormat.plain(total)) points in all, full credit from "
                                + "\(Int((pass * 100).rounded()))%; a criterion earns its points when your answer deals with it:", indent: "")]
        for item in rubric {
            lines.append(style.wrap("  • \(map.title(of: item.node) ?? item.node) (\(NumberFormat.plain(item.weight)))", indent: "    "))
        }
        return lines.joined(separator: "\n")
    }

    /// Per criterion after grading: reached or not, its points, and (`withText`) what a missed criterion's node says.
    public func criteria(_ verdict: Verdict, question: Question, withText: Bool = true) -> String? {
        guard case let .explain(rubric, _) = question.body, rubric.count > 1 else { return nil }
        let covered = Set(verdict.covered)
        let lines = rubric.map { item -> String in
            let title = map.title(of: item.node) ?? item.node
            let points = NumberFormat.plain(item.weight)
            if covered.contains(item.node) { return "  ✓ \(title) (\(points) of \(points))" }
            return "  ✗ \(title) (0 of \(points))" + (withText ? map[item.node].map { ": \($0.text)" } ?? "" : "")
        }
        return (["By criterion:"] + lines).map { style.wrap($0, indent: "    ") }.joined(separator: "\n")
    }
}
