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
        for criterion in rubric.criteria {
            lines.append(style.wrap("  • \(title(of: criterion)) (\(NumberFormat.plain(Self.points(criterion))))", indent: "    "))
        }
        return lines.joined(separator: "\n")
    }

    /// "How this answer is graded — N points in all, full credit from P%; …", wrapped.
    private func rubricHeading(_ rubric: [RubricItem], pass: Double) -> String {
        let total = rubric.totalPoints
        return style.wrap("How this answer is graded — \(NumberFormat.plain(total)) points in all, full credit from "
                          + "\(Int((pass * 100).rounded()))% of the points; a criterion earns its points when your answer deals with it:", indent: "")
    }

    /// Per criterion after grading: reached or not, its points, and (`withText`) what a missed criterion's node says.
    public func criteria(_ verdict: Verdict, question: Question, withText: Bool = true) -> String? {
        guard case let .explain(rubric, pass) = question.body, rubric.count > 1 else { return nil }
        let covered = Set(verdict.covered)
        let lines = criterionLines(rubric, covered: covered, withText: withText, passed: verdict.verdict == .correct)
        let total = rubric.totalPoints
        let earned = rubric.points(covering: covered)
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
    /// A criterion of several items ("one of") shows its items' titles, and a missed one no node's text.
    private func criterionLines(_ rubric: [RubricItem], covered: Set<String>, withText: Bool, passed: Bool) -> [String] {
        rubric.criteria.map { criterion in
            let points = NumberFormat.plain(Self.points(criterion))
            if let met = criterion.first(where: { covered.contains($0.node) }) {
                let title = criterion.count == 1 ? title(of: criterion) : "one of these: \(map.title(of: met.node) ?? met.node)"
                return "  ✓ \(title) (\(NumberFormat.plain(met.weight)) of \(points))"
            }
            let title = title(of: criterion)
            let text = withText && criterion.count == 1 ? map[criterion[0].node].map { ": \($0.text)" } ?? "" : ""
            if passed { return "  ○ \(title) (0 of \(points); not needed for full credit, a fuller answer adds it)" + text }
            return "  ✗ \(title) (0 of \(points))" + text
        }
    }

    /// An item's title, or of a group "one of: A; B; C".
    private func title(of criterion: [RubricItem]) -> String {
        let titles = criterion.map { map.title(of: $0.node) ?? $0.node }
        return titles.count == 1 ? titles[0] : "one of: " + titles.joined(separator: "; ")
    }

    private static func points(_ criterion: [RubricItem]) -> Double { criterion.map(\.weight).max() ?? 0 }
}
