import MootGrading
import MootModel
import MootSupport

/// An explain question's rubric as the learner reads it: never before the answer (its criteria are the points of the
/// map the answer should make, so showing them first would hand over the answer), and criterion by criterion with the
/// verdict — in a lesson, in a quiz that shows verdicts, and in `moot grade`.
extension QuestionPresenter {
    /// "How this answer is graded: …" with each criterion's points; nil for a question without a rubric.
    public func rubric(_ question: Question) -> String? {
        guard case let .explain(rubric, pass) = question.body, !rubric.isEmpty else { return nil }
        var lines = [rubricHeading(rubric, pass: pass)]
        for item in rubric {
            lines.append(style.wrap("  • \(map.title(of: item.node) ?? item.node) (\(NumberFormat.plain(item.weight)))", indent: "    "))
        }
        return lines.joined(separator: "\n")
    }

    /// "How this answer is graded — N points in all, full credit from P%; …", wrapped.
    private func rubricHeading(_ rubric: [RubricItem], pass: Double) -> String {
        let total = rubric.reduce(0) { $0 + $1.weight }
        return style.wrap("How this answer is graded — \(NumberFormat.plain(total)) points in all, full credit from "
                          + "\(Int((pass * 100).rounded()))% of the points; a criterion earns its points when your answer deals with it:", indent: "")
    }

    /// Per criterion after grading: reached or not, its points, and (`withText`) what a missed criterion's node says.
    public func criteria(_ verdict: Verdict, question: Question, withText: Bool = true) -> String? {
        guard case let .explain(rubric, pass) = question.body, rubric.count > 1 else { return nil }
        let covered = Set(verdict.covered)
        let lines = criterionLines(rubric, covered: covered, withText: withText, passed: verdict.verdict == .correct)
        let total = rubric.reduce(0) { $0 + $1.weight }
        let earned = rubric.filter { covered.contains($0.node) }.reduce(0) { $0 + $1.weight }
        let heading = "By criterion — \(NumberFormat.plain(earned)) of \(NumberFormat.plain(total)) points; full credit from "
            + "\(Int((pass * 100).rounded()))% of the points:"
        return ([heading] + lines).map { style.wrap($0, indent: "    ") }.joined(separator: "\n")
    }

    /// The whole rubric beside a graded answer: how it is graded, then each criterion met or not with its points
    /// (one criterion too). Nil for a question without a rubric.
    public func rubric(_ question: Question, graded verdict: Verdict, withText: Bool = false) -> String? {
        guard case let .explain(rubric, pass) = question.body, !rubric.isEmpty else { return nil }
        let lines = criterionLines(rubric, covered: Set(verdict.covered), withText: withText, passed: verdict.verdict == .correct)
        return ([rubricHeading(rubric, pass: pass)] + lines.map { style.wrap($0, indent: "    ") }).joined(separator: "\n")
    }

    /// One line per criterion: reached or not, its points, and (`withText`) what a missed criterion's node says.
    /// Beside an answer that earned full credit, a criterion it left out is not a fault (○, "a fuller answer adds
    /// it"), so a ✓ verdict never stands over ✗ lines.
    private func criterionLines(_ rubric: [RubricItem], covered: Set<String>, withText: Bool, passed: Bool) -> [String] {
        rubric.map { item in
            let title = map.title(of: item.node) ?? item.node
            let points = NumberFormat.plain(item.weight)
            if covered.contains(item.node) { return "  ✓ \(title) (\(points) of \(points))" }
            let text = withText ? map[item.node].map { ": \($0.text)" } ?? "" : ""
            if passed { return "  ○ \(title) (0 of \(points); not needed for full credit, a fuller answer adds it)" + text }
            return "  ✗ \(title) (0 of \(points))" + text
        }
    }
}
