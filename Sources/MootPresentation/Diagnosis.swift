import Foundation
import MootGrading
import MootModel
import MootSupport

/// What a wrong answer is told while tries remain: what the answer named and how that stands to the question,
/// and a pointer — never the expected node's title, figure, kind or truth value (those wait for the last try,
/// `skip`, or `why`). `closing`: the last try, where the answer shown next must not name what questions ahead
/// ask (see `QuestionPresenter.withholdsTitles`), so the diagnosis stands without the pointer.
extension QuestionPresenter {
    public func diagnosis(_ verdict: Verdict, question: Question, choiceOrder: [Int]? = nil, closing: Bool = false) -> String {
        let pointer = closing ? "" : "Type hint for a clue, or skip to see the answer."
        switch question.body {
        case .choice(let choices):
            let order = choiceOrder ?? Array(choices.indices)
            // The grader names picks by the letters on screen; say them by their text, with the option's own
            // reason whole (the grader's line is not cut at a parenthesis or read twice).
            let picked = verdict.feedback.matches(of: /\(([a-z])\) is wrong:/).compactMap { match -> String? in
                guard let shown = QuestionLayout.index(ofLetter: match.1), order.indices.contains(shown) else { return nil }
                let choice = choices[order[shown]]
                let why = (choice.why ?? "").trimmingCharacters(in: .whitespaces)
                return "‘\(Self.unstopped(choice.text))’ is not it" + (why.isEmpty ? "." : ": " + Self.sentence(why))
            }
            let found = verdict.feedback.firstMatch(of: /You found \d+ of the \d+ right options\.( Each wrong option you chose cancels one right one, so this earns \d+%\.)?/).map { String($0.0) }
            return (picked + [found].compactMap { $0 } + [pointer]).joined(separator: " ")
        case .truefalse:
            return "Not as the article has it. Read the statement again word by word. " + pointer
        case .numeric(let value, _, _):
            // "12 is too low: the article gives 14" → "12 is not the article's figure for this." — with "it is higher" only
            // where a direction helps without giving the figure away (see `direction`).
            if verdict.verdict == .partial { return "Close, but not the article's figure for this. " + pointer }
            // Another of the article's figures: say whose, which is not this question's.
            if verdict.misconception == "other-figure", let end = verdict.feedback.range(of: "): for this")?.lowerBound {
                return verdict.feedback[..<end] + "), not the one asked. " + pointer
            }
            let lead = verdict.feedback.split(separator: ":").first.map(String.init) ?? ""
            guard let written = lead.firstMatch(of: /^(.+?) is (too (low|high)|off by an order of magnitude)$/)?.1 else {
                return "That is not the article's figure for this. " + pointer
            }
            let given = Double(written.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "\u{202F}", with: ""))
            let hint = given.flatMap { Self.direction(expected: value, given: $0) }.map { ": it is \($0)" } ?? ""
            return "\(written) is not the article's figure for this\(hint). " + pointer
        case .classify:
            return "That is not its kind. Ask what the statement does in the argument. " + pointer
        case .place:
            // Per statement, whether it is right, half right or not yet — never where it goes.
            let marks = verdict.feedback.matches(of: /(?m)^(\d+) (✓|½|✗)/).map { match -> String in
                switch match.output.2 {
                case "✓": "\(match.output.1) is placed right"
                case "½": "\(match.output.1) has the right node but not the right relation"
                default: "\(match.output.1) is not placed right yet"
                }
            }
            return "Statement " + marks.joined(separator: "; ") + ". Read what each part of the map claims. " + pointer
        case .match, .order:
            return "Some are right (\(Int((verdict.score * 100).rounded()))%), not all. Try again. " + pointer
        case .short, .explain:
            let asked = Set(verdict.expected)
            if verdict.verdict == .partial {
                if let line = Self.misreading(verdict) { return line + " " + pointer }
                // What it got, never what it lacks (that would be the answer).
                let covered = verdict.covered.compactMap { map[$0]?.title }.map { "‘\($0)’" }
                return (covered.isEmpty ? "Partly right" : "Partly right: your answer matches " + covered.joined(separator: ", "))
                    + "; the question asks for more. " + pointer
            }
            let others = verdict.recognised.filter { !asked.contains($0) }.compactMap { map[$0] }
            if verdict.misconception == "negated" || verdict.misconception == "self-contradiction" {
                return "Your answer says the opposite of what is asked, or both sides at once. " + pointer
            }
            if let line = Self.misreading(verdict) { return line + " " + pointer }
            guard let named = others.first else { return "That does not name what the question asks for. " + pointer }
            var line = "You named ‘\(named.title)’ (\(named.kindLabel))"
            if let edge = map.edges(from: named.id).first(where: { !asked.contains($0.to) }) ?? map.edges(from: named.id).first,
               !asked.contains(edge.to), let target = map[edge.to] {
                line += ", which \(edge.kind.verb) ‘\(target.title)’"
            }
            return line + "; the question asks for something else. " + pointer
        }
    }

    /// Misreadings a wrong or partial answer is told by name while tries remain (`mistakes` says each): how the
    /// right words became another claim, never what the right claim is.
    static let misreadings: Set<String> = [
        "wrong-party", "wrong-holder", "reversed", "name-only", "keyword-pile", "hedged-list", "month-without-day", "wrong-figure",
        "wrong-holding", "wrong-conclusion", "unjudged-act", "sound-figure-called-false",
    ]

    /// The line for a misreading, if the verdict is one.
    static func misreading(_ verdict: Verdict) -> String? {
        guard let name = verdict.misconception, misreadings.contains(name), let text = mistakes[name] else { return nil }
        return (verdict.verdict == .partial ? "Partly there: " : "Not yet: ") + text
    }

    /// Whether the article's figure is "higher" or "lower" than a wrong one, said only when that is a fair nudge
    /// and not a give-away: the figure is 100 or more and the answer more than 25 % off. Otherwise (a small
    /// figure, a year-like count, a near miss) nil: no direction, which would leave two or three guesses.
    public static func direction(expected: Double, given: Double) -> String? {
        guard expected >= 100, abs(given - expected) > 0.25 * abs(expected) else { return nil }
        return given < expected ? "higher" : "lower"
    }

    /// Option text without its closing full stop, for quoting inside a sentence.
    static func unstopped(_ text: String) -> String {
        var text = text.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A reason as a full sentence: ends with a stop, so the next sentence does not run on from it.
    static func sentence(_ text: String) -> String {
        guard let last = text.last else { return text }
        return ".!?)”’\"".contains(last) ? text : text + "."
    }
}
