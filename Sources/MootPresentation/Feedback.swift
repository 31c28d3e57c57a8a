import Foundation
import MootGrading
import MootModel

/// The grader's verdict text as a learner reads it once the question closes: options named by their text (the
/// letters were only for typing), no doubled full stops, and a chain in the map cut to two steps.
extension QuestionPresenter {
    public func feedback(_ verdict: Verdict, question: Question, choiceOrder: [Int]? = nil) -> String {
        guard case let .choice(choices) = question.body else { return Self.shortChains(verdict.feedback) }
        let order = (choiceOrder ?? Array(choices.indices)).filter(choices.indices.contains)
        var text = verdict.feedback
        // "Read as (a) Text., (b) Other." and "(b) is wrong:" both use the letters on screen.
        for (shown, index) in order.enumerated() {
            let letter = "(\(QuestionLayout.letter(shown)))"
            let quoted = "‘\(Self.unstopped(choices[index].text))’"
            text = text.replacingOccurrences(of: "\(letter) \(choices[index].text)", with: quoted)
                .replacingOccurrences(of: "\(letter) is wrong:", with: "\(quoted) is wrong:")
        }
        // A right pick is said by the option's text first: "Right: your answer matches ‘…’", then its reason.
        if verdict.verdict == .correct {
            let picked = order.filter { choices[$0].correct }.map { "‘\(Self.unstopped(choices[$0].text))’" }
            // "Read as ‘A’, ‘B’." would only say the picks again.
            let unread = text.replacing(/^Read as (‘[^’]*’(, )?)+\.\s*/, with: "")
            let reason = unread.hasPrefix("Right.") ? String(unread.dropFirst("Right.".count)) : unread
            let rest = reason.trimmingCharacters(in: .whitespaces)
            text = "Right: your answer matches " + picked.joined(separator: " and ") + "." + (rest.isEmpty ? "" : " " + rest)
        }
        return text
    }

    /// A chain "A, which supports B, which rebuts C, which …" is cut after two steps; `why` shows it whole.
    static func shortChains(_ feedback: String) -> String {
        feedback.components(separatedBy: ". ").map { sentence in
            let steps = sentence.components(separatedBy: ", which ")
            return steps.count > 3 ? steps.prefix(3).joined(separator: ", which ") + " … (why shows the rest)" : sentence
        }.joined(separator: ". ")
    }
}
