import MootGrading
import MootModel

/// The line after a verdict in a quiz with immediate feedback, before the attempt ends. It never names a map
/// node (the expected one, or one the answer led to): a quiz's questions share parts of one argument, so one
/// question's key can answer a later one. Nor does it give a figure or a truth value. The right answers come at
/// the end of the attempt.
extension QuestionPresenter {
    public func quizVerdict(_ verdict: Verdict, question: Question, choiceOrder: [Int]? = nil) -> String {
        switch question.body {
        case .choice:
            // Options are on screen already; saying them by their text, with an option's own reason, names no node.
            return verdict.verdict == .correct ? feedback(verdict, question: question, choiceOrder: choiceOrder)
                : Self.withoutPointer(diagnosis(verdict, question: question, choiceOrder: choiceOrder))
        case .numeric where verdict.verdict == .correct, .truefalse where verdict.verdict == .correct:
            return ""
        case .truefalse:
            return "Not as the article has it."
        case .numeric:
            // Another of the article's figures is said to be one, not whose: the part it belongs to, by title, can
            // be another question's answer (and says which figure is left for this one).
            if verdict.misconception == "other-figure", let end = verdict.feedback.range(of: " is the article's figure for another thing")?.upperBound {
                return verdict.feedback[..<end] + ", not the one asked."
            }
            return Self.withoutPointer(diagnosis(verdict, question: question, choiceOrder: choiceOrder))
        case .classify:
            return verdict.verdict == .correct ? "" : "That is not its kind."
        case .place, .match, .order:
            return verdict.verdict == .correct ? "" : Self.withoutPointer(diagnosis(verdict, question: question, choiceOrder: choiceOrder))
                .replacingOccurrences(of: " Try again.", with: "")
        case .short, .explain:
            switch verdict.verdict {
            case .correct: return ""
            case .partial: return Self.misreading(verdict) ?? "Partly right; the question asks for more."
            case .incorrect:
                if verdict.misconception == "negated" || verdict.misconception == "self-contradiction" {
                    return "Your answer says the opposite of what is asked, or both sides at once."
                }
                return Self.misreading(verdict) ?? "That is not the point the question asks for."
            }
        }
    }

    /// A lesson's diagnosis without its pointer to hint and skip (a quiz question is closed once answered).
    static func withoutPointer(_ line: String) -> String {
        line.replacingOccurrences(of: " Type hint for a clue, or skip to see the answer.", with: "")
            .replacingOccurrences(of: "Type hint for a clue, or skip to see the answer.", with: "")
            .trimmingCharacters(in: .whitespaces)
    }
}
