import MootModel
import MootPresentation
import MootSupport

/// Questions as an Anki text import (Anki 2.1.55+ file headers): one note per question whose GUID is the question id,
/// so a re-import after an edit updates the note and keeps its review history; HTML fields, lists as HTML lists,
/// no terminal wrapping; the deck and note type named in the file.
public enum AnkiExport {
    static let noteType = "Basic"

    /// A note's GUID: the question id, so it stays the same across exports.
    static func guid(_ question: Question) -> String { "moot:" + question.id }

    public static func file(_ questions: [Question], map: ArgumentMap, deck: (Question) -> String) -> String {
        var lines = ["#separator:tab", "#html:true", "#guid column:1", "#notetype column:2", "#deck column:3",
                     "#tags column:6", "#columns:GUID\tNote type\tDeck\tFront\tBack\tTags"]
        for question in questions {
            let tags = (["moot", question.lesson, question.kind.rawValue] + question.nodes)
                .map { $0.replacingOccurrences(of: " ", with: "_") }.joined(separator: " ")
            lines.append([guid(question), noteType, deck(question), front(question, map: map), back(question, map: map), tags]
                .map(field).joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A field as Anki reads it: HTML already escaped, so no quote or tab can start or break it.
    static func field(_ html: String) -> String {
        html.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: "<br>")
    }

    /// Text for HTML (one rule for every page and export).
    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    static func list(_ items: [String], ordered: Bool = false) -> String {
        let tag = ordered ? "ol" : "ul"
        return "<\(tag)>" + items.map { "<li>\(escape($0))</li>" }.joined() + "</\(tag)>"
    }

    static func text(_ id: String, _ map: ArgumentMap) -> String { map[id]?.text ?? id }

    static func front(_ question: Question, map: ArgumentMap) -> String { prompt(question, map: map) + choices(question, map: map) }

    /// The prompt, with the statement to classify for a classify question.
    static func prompt(_ question: Question, map: ArgumentMap) -> String {
        let prompt = "<p>\(escape(question.prompt))</p>"
        guard case .classify = question.body else { return prompt }
        return prompt + "<blockquote>\(escape(text(question.nodes.first ?? "", map)))</blockquote>"
    }

    /// What the learner chooses from or arranges, as HTML lists; empty for questions answered in own words.
    static func choices(_ question: Question, map: ArgumentMap) -> String {
        switch question.body {
        case .choice(let choices):
            return list(QuestionLayout.shuffled(choices, seed: question.id + "/anki").map(\.text))
        case .classify:
            return list(NodeKind.allCases.map(\.rawValue))
        case .match(let pairs):
            return list(pairs.map { text($0.left, map) }, ordered: true)
                + list(QuestionLayout.matchRight(pairs, id: question.id).map { text($0, map) })
        case .order(let steps):
            return list(QuestionLayout.orderItems(steps, id: question.id).map { question.text(of: $0, in: map) })
        case .place(let statements, let among):
            return list(statements.map(\.text), ordered: true) + "<p>Parts of the map:</p>"
                + list(QuestionLayout.placeTargets(statements, among: among, id: question.id).map { map.title(of: $0) ?? $0 })
        case .truefalse, .short, .numeric, .explain:
            return ""
        }
    }

    static func back(_ question: Question, map: ArgumentMap) -> String {
        answer(question, map: map) + explanation(question)
    }

    static func explanation(_ question: Question) -> String { question.explanation.map { "<p>\(escape($0))</p>" } ?? "" }

    /// The expected answer as HTML, without the explanation.
    static func answer(_ question: Question, map: ArgumentMap) -> String {
        let html: String
        switch question.body {
        case .choice(let choices):
            html = list(choices.filter(\.correct).map(\.text))
        case .truefalse(let answer, let why):
            html = "<p><b>\(answer ? "True" : "False")</b></p>" + (why.map { "<p>\(escape($0))</p>" } ?? "")
        case .numeric(let value, _, let unit):
            html = "<p><b>\(escape(NumberFormat.plain(value) + (unit.map { " \($0)" } ?? "")))</b></p>"
        case .short:
            html = list(question.nodes.compactMap { map[$0] }.map { "\($0.title): \($0.text)" })
        case .explain(let rubric, _):
            html = "<p>Criteria:</p>" + list(rubric.compactMap { map[$0.node] }.map { "\($0.title): \($0.text)" })
        case .classify:
            html = "<p><b>\(escape(map[question.nodes.first ?? ""]?.kindLabel ?? ""))</b></p>"
        case .match(let pairs):
            html = list(pairs.map { text($0.left, map) + " → " + text($0.right, map) })
        case .order(let steps):
            html = list(steps.map { question.text(of: $0, in: map) }, ordered: true)
        case .place(let statements, _):
            html = list(statements.map { $0.relation.phrase(map.title(of: $0.node) ?? $0.node) + ": " + text($0.node, map) }, ordered: true)
        }
        return html
    }
}
