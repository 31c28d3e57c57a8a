import Yams
import MootModel
import MootSupport
import Foundation

/// Reads one question mapping, whichever its kind; shared by lessons and inline quiz questions.
enum QuestionReader {
    static func read(_ fields: Fields, lesson: String) -> Question? {
        let id = fields.string("id", required: true) ?? ""
        let prompt = fields.string("prompt", required: true) ?? ""
        let hints = fields.strings("hints")
        let explanation = fields.string("explain")
        let kind = fields.choice("kind", QuestionKind.self, required: true)
        var nodes = fields.strings("nodes")
        var shown: [String: String] = [:]
        var body: QuestionBody?
        switch kind {
        case nil:
            return nil
        case .choice:
            body = .choice(choices(fields))
        case .truefalse:
            let why = fields.string("why")
            if let answer = fields.bool("answer") {
                body = .truefalse(answer: answer, why: why)
            } else if !fields.has("answer") {
                fields.sink.error(fields.location, "missing required field 'answer' (true or false)")
            }
        case .short:
            body = .short
        case .numeric:
            let tolerance = fields.double("tolerance") ?? 0
            let unit = fields.string("unit")
            body = fields.double("answer", required: true).map { .numeric(value: $0, tolerance: tolerance, unit: unit) }
        case .explain:
            let rubric = self.rubric(fields)
            nodes = rubric.map(\.node)
            body = .explain(rubric: rubric, pass: fields.double("pass") ?? 0.6)
        case .classify:
            body = .classify
        case .match:
            let pairs = self.pairs(fields)
            nodes = pairs.flatMap { [$0.left, $0.right] }
            body = .match(pairs)
        case .order:
            let steps = orderSteps(fields)
            nodes = steps.map(\.node)
            shown = steps.reduce(into: [:]) { if let text = $1.show { $0[$1.node] = text } }
            body = .order(nodes)
        case .place:
            let statements = placements(fields)
            nodes = statements.map(\.node).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
            body = .place(statements: statements, among: fields.strings("among"))
        }
        if nodes.isEmpty {
            fields.sink.error(fields.location, "question '\(id)' names no node of the map: add 'nodes: [...]'")
        }
        if kind == .classify && nodes.count != 1 {
            fields.sink.error(fields.location("nodes"), "a classify question names exactly one node")
        }
        guard let body else { return nil }
        var question = Question(id: id, lesson: lesson, prompt: prompt, body: body, nodes: nodes,
                                hints: hints, explanation: explanation, location: fields.location)
        question.shown = shown
        question.examples = ExampleReader.read(fields)
        if let opinion = fields.bool("opinion") {
            if kind == .short { question.opinion = opinion } else {
                fields.sink.error(fields.location("opinion"), "'opinion' applies to short questions only")
            }
        }
        if let conclusion = fields.string("conclusion") {
            if kind != .explain {
                fields.sink.error(fields.location("conclusion"), "'conclusion' applies to explain questions only")
            } else if let value = Conclusion(rawValue: conclusion) {
                question.conclusion = value
            } else {
                fields.sink.error(fields.location("conclusion"), "'conclusion' is 'lawful', 'unlawful' or 'mixed', found '\(conclusion)'")
            }
        }
        let acts = fields.strings("acts")
        if !acts.isEmpty {
            if kind != .explain {
                fields.sink.error(fields.location("acts"), "'acts' applies to explain questions only")
            } else if acts.count < 2 {
                fields.sink.error(fields.location("acts"), "'acts' names each of at least two acts the problem asks about")
            } else {
                // Each act's wordings, parted by '/': "the Durango strike / durango / outside Sinaloa".
                question.acts = acts.map { $0.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            }
        }
        let half = fields.strings("half")
        if !half.isEmpty {
            if kind != .short || nodes.count != 1 {
                fields.sink.error(fields.location("half"), "'half' applies to short questions of one node only")
            } else {
                question.half = half
            }
        }
        if let cite = fields.string("cite") {
            question.cite = cite
            question.citeLocation = fields.location("cite")
        }
        return question
    }

    private static func choices(_ fields: Fields) -> [Choice] {
        let items = fields.list("choices", required: true)
        let choices: [Choice] = items.compactMap { item in
            guard let option = Fields(item, file: fields.file, sink: fields.sink, what: "a choice") else { return nil }
            defer { option.finish() }
            return Choice(text: option.string("text", required: true) ?? "",
                          correct: option.bool("correct") ?? false, why: option.string("why"))
        }
        if !items.isEmpty && !choices.contains(where: \.correct) {
            fields.sink.error(fields.location("choices"), "no choice is marked 'correct: true'")
        }
        return choices
    }

    /// An order question's steps: a node id, or `{node: ID, show: TEXT}` to show other words than the node's text
    /// (a chronology's steps without the dates that would give the order away).
    private static func orderSteps(_ fields: Fields) -> [(node: String, show: String?)] {
        fields.list("order", required: true).compactMap { item in
            if case let .scalar(scalar) = item { return (scalar.string, nil) }
            guard let entry = Fields(item, file: fields.file, sink: fields.sink, what: "an order step") else { return nil }
            defer { entry.finish() }
            guard let node = entry.string("node", required: true) else { return nil }
            return (node, entry.string("show"))
        }
    }

    /// Each criterion names a node and is worth points (`weight`, 1 when left out); items with the same `group` are
    /// one criterion that any of them meets. One that names no node or is worth nothing is refused at its own line.
    private static func rubric(_ fields: Fields) -> [RubricItem] {
        fields.list("rubric", required: true).compactMap { item in
            let location = Fields.location(of: item, in: fields.file)
            if case let .scalar(scalar) = item {
                guard !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
                    fields.sink.error(location, "a rubric criterion names no node: write the node's id, or 'node: ID' with 'weight: POINTS'")
                    return nil
                }
                return RubricItem(node: scalar.string, weight: 1)
            }
            guard let entry = Fields(item, file: fields.file, sink: fields.sink, what: "a rubric item") else { return nil }
            defer { entry.finish() }
            let weight = entry.double("weight") ?? 1
            guard let node = entry.string("node"), !node.trimmingCharacters(in: .whitespaces).isEmpty else {
                fields.sink.error(location, "a rubric criterion names no node: add 'node: ID' (the point of the map it grades)")
                return nil
            }
            if weight <= 0 {
                fields.sink.error(entry.location("weight"), "rubric criterion '\(node)' gives no points (weight \(NumberFormat.plain(weight))): "
                                  + "its weight must be above 0, or the criterion removed")
                return nil
            }
            return RubricItem(node: node, weight: weight, group: entry.string("group"))
        }
    }

    /// `statements: [{text: ..., relation: supports|attacks|undercuts|co-premise, node: ID, why: ...}, ...]`.
    private static func placements(_ fields: Fields) -> [Placement] {
        fields.list("statements", required: true).compactMap { item in
            guard let entry = Fields(item, file: fields.file, sink: fields.sink, what: "a statement to place") else { return nil }
            defer { entry.finish() }
            let text = entry.string("text", required: true)
            let relation = entry.choice("relation", PlacementRelation.self, required: true)
            let node = entry.string("node", required: true)
            guard let text, let relation, let node else { return nil }
            return Placement(text: text, relation: relation, node: node, why: entry.string("why"), location: entry.location)
        }
    }

    private static func pairs(_ fields: Fields) -> [MatchPair] {
        fields.list("pairs", required: true).compactMap { item in
            guard case let .sequence(sides) = item, sides.count == 2,
                  let left = sides[0].scalar?.string, let right = sides[1].scalar?.string else {
                fields.sink.error(Fields.location(of: item, in: fields.file),
                                  "each pair is written [LEFT-NODE, RIGHT-NODE], found \(Fields.describe(item))")
                return nil
            }
            return MatchPair(left: left, right: right)
        }
    }
}
