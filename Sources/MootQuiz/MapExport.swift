import Foundation
import MootModel

/// The argument map in interchange formats: JSON (nodes and edges), Graphviz DOT, and Argdown.
public enum MapExport {
    public enum Format: String, CaseIterable, Sendable { case tree, json, dot, argdown }

    struct NodeRecord: Encodable {
        var id, kind, title, text, section: String
        var speaker: String?
        var explicit, main: Bool
        var figures: [String]
        var check: CheckRecord?
        var authority, source, after: String?
    }
    struct CheckRecord: Encodable { var verdict, finding, source, date: String }
    struct EdgeRecord: Encodable { var from, kind, to: String }
    struct Document: Encodable { var nodes: [NodeRecord]; var edges: [EdgeRecord] }

    public static func json(_ map: ArgumentMap) throws -> String {
        let document = Document(
            nodes: map.nodes.map { node in
                NodeRecord(id: node.id, kind: node.kind.rawValue, title: node.title, text: node.text,
                           section: node.section, speaker: node.speaker, explicit: node.explicit, main: node.main,
                           figures: node.figures,
                           check: node.check.map { CheckRecord(verdict: $0.verdict, finding: $0.finding, source: $0.source, date: $0.date) },
                           authority: node.authority, source: node.source, after: node.after)
            },
            edges: map.edges.map { EdgeRecord(from: $0.from, kind: $0.kind.rawValue, to: $0.to) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }

    /// Graphviz: one box per node, coloured by kind; attacks are red and dashed, answers green.
    public static func dot(_ map: ArgumentMap) -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        }
        func quote(_ text: String) -> String { "\"" + escape(text) + "\"" }
        func fill(_ kind: NodeKind) -> String {
            switch kind {
            case .claim: "#cfe2ff"
            case .premise: "#e2e3e5"
            case .evidence: "#fff3cd"
            case .authority: "#d1e7dd"
            case .objection: "#f8d7da"
            case .reply: "#d1f0e0"
            case .counterargument: "#f5c2c7"
            }
        }
        var lines = ["digraph argument_map {", "  rankdir=RL;", "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];"]
        for node in map.nodes {
            let label = "\"\(escape(node.kindLabel))\\n\(escape(node.title))\""
            let border = node.main ? ", penwidth=3" : node.explicit ? "" : ", style=\"rounded,filled,dashed\""
            lines.append("  \(quote(node.id)) [label=\(label), fillcolor=\(quote(fill(node.kind)))\(border)];")
        }
        for edge in map.edges {
            let look = edge.kind.isAttack ? ", color=\"#b02a37\", style=dashed" : edge.kind == .answers ? ", color=\"#198754\"" : ""
            lines.append("  \(quote(edge.from)) -> \(quote(edge.to)) [label=\(quote(edge.kind.rawValue))\(look)];")
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    /// Argdown: statements nested under what they bear on (`+` supports, `-` attacks), tagged with their kind.
    /// A statement met again is referred to by its title alone, as Argdown allows.
    public static func argdown(_ map: ArgumentMap, citation: Citation) -> String {
        var lines = ["// \(citation.formatted)", "// Argument map exported by moot. #tags give each node's kind.", ""]
        var seen = Set<String>()
        func title(_ node: ArgumentNode) -> String {
            "[" + node.title.replacingOccurrences(of: "[", with: "(").replacingOccurrences(of: "]", with: ")") + "]"
        }
        func emit(_ id: String, relation: String, indent: String) {
            guard let node = map[id] else { return }
            if seen.contains(id) {
                lines.append(indent + relation + title(node))
                return
            }
            seen.insert(id)
            var tags = "#\(node.kind.rawValue)"
            if node.main { tags += " #thesis" }
            if !node.explicit { tags += " #unstated" }
            let text = node.text.replacingOccurrences(of: "\n", with: " ")
            lines.append(indent + relation + title(node) + ": " + text + " " + tags)
            for edge in map.edges(to: id) {
                emit(edge.from, relation: edge.kind == .supports ? "+ " : "- ", indent: indent + "  ")
            }
        }
        if let thesis = map.thesis { emit(thesis.id, relation: "", indent: "") }
        for node in map.nodes where !seen.contains(node.id) {
            lines.append("")
            emit(node.id, relation: "", indent: "")
        }
        return lines.joined(separator: "\n")
    }
}
