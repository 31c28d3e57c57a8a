import MootModel
import MootSupport

/// A quiz in Moodle's GIFT format (Anki decks are `AnkiExport`).
public enum Interchange {
    /// GIFT escapes its control characters with a backslash.
    static func gift(_ text: String) -> String {
        var escaped = ""
        for character in text.replacingOccurrences(of: "\n", with: " ") {
            if "~=#{}:\\".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// A Moodle GIFT file: one question per block, titled with its id, points as a comment.
    public static func gift(_ quiz: Quiz, map: ArgumentMap) -> String {
        var blocks = ["// \(quiz.title) — exported by moot; points per question are in the comments.",
                      "$CATEGORY: moot/\(quiz.id)"]
        for item in quiz.items {
            let question = item.question
            let head = "// \(NumberFormat.twoDecimals(item.points)) point(s)\n::\(gift(question.id))::\(gift(question.prompt))"
            blocks.append(head + " " + answerBlock(question, map: map))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private static func answerBlock(_ question: Question, map: ArgumentMap) -> String {
        func text(_ id: String) -> String { gift(question.text(of: id, in: map)) }
        switch question.body {
        case .choice(let choices):
            let right = choices.filter(\.correct).count
            let options = choices.map { choice -> String in
                let feedback = choice.why.map { "#" + gift($0) } ?? ""
                if right == 1 { return (choice.correct ? "=" : "~") + gift(choice.text) + feedback }
                let weight = choice.correct ? NumberFormat.twoDecimals(100 / Double(right)) : "-100"
                return "~%\(weight)%" + gift(choice.text) + feedback
            }
            return "{\n\t" + options.joined(separator: "\n\t") + "\n}"
        case .truefalse(let answer, let why):
            return "{" + (answer ? "T" : "F") + (why.map { "#" + gift($0) } ?? "") + "}"
        case .short:
            // Moodle's short answer takes a grade per answer: the map's half wordings, and those of the question's
            // half nodes, are worth 50 %.
            let nodes = question.nodes.compactMap { map[$0] }
            let full = nodes.flatMap { $0.accept.phrases + $0.accept.aliases }.prefix(10).map { "=" + gift($0) }
            let halves = nodes.flatMap(\.accept.half) + question.half.compactMap { map[$0] }.flatMap(\.accept.phrases)
            let half = halves.prefix(5).map { "=%50%" + gift($0) }
            return "{" + (full + half).joined(separator: " ") + "}"
        case .numeric(let value, let tolerance, _):
            return "{#\(NumberFormat.twoDecimals(value)):\(NumberFormat.twoDecimals(tolerance))}"
        case .explain:
            return "{}"
        case .classify:
            guard let node = map[question.nodes[0]] else { return "{}" }
            let options = NodeKind.allCases.map { ($0 == node.kind ? "=" : "~") + $0.rawValue }
            return "«" + text(node.id) + "» {\n\t" + options.joined(separator: "\n\t") + "\n}"
        case .match(let pairs):
            return "{\n\t" + pairs.map { "=" + text($0.left) + " -> " + text($0.right) }.joined(separator: "\n\t") + "\n}"
        case .place(let statements, _):
            // GIFT's matching: each statement to where it goes (GIFT has no decoy answers).
            return "{\n\t" + statements.map { "=" + gift($0.text) + " -> " + gift($0.relation.phrase(map.title(of: $0.node) ?? $0.node)) }
                .joined(separator: "\n\t") + "\n}"
        case .order(let steps):
            // GIFT has no ordering question: ask for the order as an essay, listing the steps.
            return "(Put in order: " + QuestionLayout.orderItems(steps, id: question.id).enumerated()
                .map { "\(QuestionLayout.letter($0.offset))) " + text($0.element) }.joined(separator: "; ") + ") {}"
        }
    }
}
