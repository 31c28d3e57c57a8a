import Yams
import MootModel
import MootSupport

/// Reads `argument-map.yaml`: `nodes:` (one mapping each) and `edges:` (one "FROM KIND TO" line each, where FROM may be
/// "A+B" for premises that support only together).
enum MapReader {
    static func read(_ root: Node, file: String, sink: DiagnosticSink) -> ArgumentMap {
        guard let fields = Fields(root, file: file, sink: sink, what: "the argument map") else {
            return ArgumentMap(nodes: [], edges: [])
        }
        let nodes = fields.list("nodes", required: true).compactMap { node($0, file: file, sink: sink) }
        let edges = fields.list("edges", required: true).flatMap { edgeLine($0, file: file, sink: sink) }
        let synonyms: [[String]] = fields.list("synonyms").compactMap { item in
            guard case let .sequence(words) = item, words.count >= 2 else {
                fields.mistyped("synonyms", item, expected: "a list of word lists, e.g. [citizens, nationals]")
                return nil
            }
            return words.compactMap { $0.scalar?.string }
        }
        let parties: [[String]] = fields.list("parties").compactMap { item in
            guard case let .sequence(words) = item, !words.isEmpty else {
                fields.mistyped("parties", item, expected: "a list of word lists, e.g. [Mexico, Mexican, host state]")
                return nil
            }
            return words.compactMap { $0.scalar?.string }
        }
        fields.finish()
        return ArgumentMap(nodes: nodes, edges: edges, synonyms: synonyms, parties: parties)
    }

    static func node(_ yaml: Node, file: String, sink: DiagnosticSink) -> ArgumentNode? {
        guard let fields = Fields(yaml, file: file, sink: sink, what: "a node") else { return nil }
        defer { fields.finish() }
        let id = fields.string("id", required: true) ?? ""
        let kind = fields.choice("kind", NodeKind.self, required: true)
        let title = fields.string("title", required: true) ?? ""
        let text = fields.string("text", required: true) ?? ""
        let section = fields.string("section", required: true) ?? ""
        var node = ArgumentNode(
            id: id, kind: kind ?? .claim, title: title, text: text, section: section,
            speaker: fields.string("speaker"), accept: accept(fields), location: fields.location)
        node.explicit = fields.bool("explicit") ?? true
        node.main = fields.bool("main") ?? false
        node.figures = fields.strings("figures")
        node.authority = fields.string("authority")
        node.source = fields.string("source")
        node.after = fields.string("after")
        node.paragraph = fields.int("paragraph")
        node.when = fields.string("when")
        node.examples = ExampleReader.read(fields, labels: ["correct", "incorrect"])
        node.holdings = fields.list("holdings").compactMap { holding($0, file: file, sink: sink) }
        if let check = fields.fields("check", what: "a fact-check") {
            node.check = FactCheck(
                verdict: check.string("verdict", required: true) ?? "",
                finding: check.string("finding", required: true) ?? "",
                source: check.string("source", required: true) ?? "",
                date: check.string("date", required: true) ?? "")
            check.finish()
        }
        return kind == nil || id.isEmpty ? nil : node
    }

    /// One holding: `{by: [...], on: [...], held: accepted|rejected|open}`.
    private static func holding(_ yaml: Node, file: String, sink: DiagnosticSink) -> Holding? {
        guard let fields = Fields(yaml, file: file, sink: sink, what: "a holding") else { return nil }
        defer { fields.finish() }
        let by = fields.strings("by", required: true), on = fields.strings("on", required: true)
        guard let held = fields.choice("held", Holding.Outcome.self, required: true), !by.isEmpty, !on.isEmpty else { return nil }
        return Holding(by: by, on: on, held: held, location: fields.location)
    }

    private static func accept(_ fields: Fields) -> Accept {
        guard let accept = fields.fields("accept", what: "the accepted wordings") else { return Accept() }
        defer { accept.finish() }
        let groups: [[String]] = accept.list("groups").compactMap { group in
            if case let .sequence(terms) = group {
                return terms.compactMap { $0.scalar?.string }
            }
            if case let .scalar(term) = group { return [term.string] }
            accept.mistyped("groups", group, expected: "a list of term lists")
            return nil
        }
        return Accept(phrases: accept.strings("phrases"), aliases: accept.strings("aliases"),
                      groups: groups, reject: accept.strings("reject"), half: accept.strings("half"))
    }

    /// One edge line: a single edge, or one per premise of a linked group ("a+b supports c").
    static func edgeLine(_ yaml: Node, file: String, sink: DiagnosticSink) -> [Edge] {
        let location = Fields.location(of: yaml, in: file)
        guard case let .scalar(scalar) = yaml else {
            sink.error(location, "an edge is written 'FROM KIND TO', found \(Fields.describe(yaml))")
            return []
        }
        let parts = scalar.string.split(separator: " ").map(String.init)
        if parts.count < 3, parts[0].contains("+") {
            sink.error(location, "the linked group '\(parts[0])' supports nothing: write 'A+B supports C' with the node it supports")
            return []
        }
        guard parts.count == 3 else {
            sink.error(location, "an edge is written 'FROM KIND TO' (three words; linked premises as 'A+B'), found '\(scalar.string)'")
            return []
        }
        guard let kind = EdgeKind(rawValue: parts[1]) else {
            let valid = EdgeKind.allCases.map(\.rawValue)
            sink.error(location, "'\(parts[1])' is not an edge kind\(Suggestion.hint(for: parts[1], in: valid)); "
                       + "expected one of: \(valid.joined(separator: ", "))")
            return []
        }
        guard parts[0].contains("+") else { return [Edge(from: parts[0], kind: kind, to: parts[2], location: location)] }
        let premises = parts[0].split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        if premises.contains("") || premises.count < 2 {
            sink.error(location, "linked premises are written 'A+B' with an id on each side of every '+', found '\(parts[0])'")
            return []
        }
        if Set(premises).count < premises.count {
            sink.error(location, "a linked group names the same premise twice: '\(parts[0])'")
            return []
        }
        guard kind == .supports else {
            sink.error(location, "only 'supports' takes linked premises ('A+B supports C'); write each '\(kind.rawValue)' on its own")
            return []
        }
        return premises.map { Edge(from: $0, kind: kind, to: parts[2], location: location, premises: premises) }
    }
}
