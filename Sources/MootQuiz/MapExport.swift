import Foundation
import MootModel
import MootPresentation

/// The argument map in interchange formats: JSON (nodes and edges), Graphviz DOT, and Argdown.
public enum MapExport {
    public enum Format: String, CaseIterable, Sendable { case tree, json, dot, argdown, svg, html }

    struct NodeRecord: Encodable {
        var id, kind, title, text, section: String
        var speaker: String?
        var explicit, main: Bool
        var figures: [String]
        var check: CheckRecord?
        var authority, source, after: String?
        var paragraph: Int?
    }
    struct CheckRecord: Encodable { var verdict, finding, source, date: String }
    struct EdgeRecord: Encodable {
        var from, kind, to: String
        /// The linked group's premises, when the edge is one of them (absent for an independent reason).
        var premises: [String]?
    }
    struct Document: Encodable { var nodes: [NodeRecord]; var edges: [EdgeRecord] }

    public static func json(_ map: ArgumentMap) throws -> String {
        let document = Document(
            nodes: map.nodes.map { node in
                NodeRecord(id: node.id, kind: node.kind.rawValue, title: node.title, text: node.text,
                           section: node.section, speaker: node.speaker, explicit: node.explicit, main: node.main,
                           figures: node.figures,
                           check: node.check.map { CheckRecord(verdict: $0.verdict, finding: $0.finding, source: $0.source, date: $0.date) },
                           authority: node.authority, source: node.source, after: node.after,
                           paragraph: node.paragraph)
            },
            edges: map.edges.map { EdgeRecord(from: $0.from, kind: $0.kind.rawValue, to: $0.to, premises: $0.isLinked ? $0.premises : nil) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }

    /// Graphviz: one box per node, coloured by kind, with a legend. Each kind of edge has its own look: supports
    /// black, rebuts red, undermines red dashed, undercuts red dotted, answers green. Linked premises meet at a
    /// small dot ("together") from which one arrow supports the claim. With a shading (a learner's recall, a class's
    /// misses) nodes are filled by its bands instead of by kind, which their shapes still tell apart.
    public static func dot(_ map: ArgumentMap, shading: MapShading? = nil) -> String {
        var lines = ["digraph argument_map {", "  rankdir=RL;", "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];"]
        for node in map.nodes {
            let label = "\"\(DOT.escape(node.kindLabel))\\n\(DOT.escape(node.title))\""
            let outside = shading.map { $0.band[node.id] == nil } ?? false
            let marked = shading?.marked.contains(node.id) == true ? ", color=\"\(MapShading.markColour)\", penwidth=3" : ""
            let border = (node.main ? ", penwidth=3" : node.explicit && !outside ? "" : ", style=\"rounded,filled,dashed\"") + marked
            let fill = shading?.colour(of: node.id) ?? DOT.fill(node.kind)
            lines.append("  \(DOT.quote(node.id)) [id=\(DOT.quote("node-" + node.id)), label=\(label), fillcolor=\(DOT.quote(fill))\(DOT.shape(node.kind))\(border)];")
        }
        var groups: [[String]: String] = [:]
        for edge in map.edges {
            guard edge.isLinked else {
                lines.append("  \(DOT.quote(edge.from)) -> \(DOT.quote(edge.to)) [label=\(DOT.quote(edge.kind.rawValue))\(DOT.look(edge.kind))];")
                continue
            }
            let key = edge.premises + [edge.to]
            if groups[key] == nil {
                let junction = "linked \(groups.count + 1)"
                groups[key] = junction
                lines.append("  \(DOT.quote(junction)) [shape=point, width=0.12, label=\"\", tooltip=\"premises that support only together\"];")
                lines.append("  \(DOT.quote(junction)) -> \(DOT.quote(edge.to)) [label=\"supports (together)\"];")
            }
            lines.append("  \(DOT.quote(edge.from)) -> \(DOT.quote(groups[key] ?? "")) [arrowhead=none, label=\"together\"];")
        }
        // A shaded map is drawn for a page, whose legend says what the colours and shapes mean.
        if shading == nil { lines += DOT.legend }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    /// Argdown: statements nested under what they bear on (`+` supports, `-` rebuts or undermines), tagged with their
    /// kind. Linked premises become an argument (`<…>`) with its premise–conclusion structure. An undercut attacks an
    /// inference, which Argdown places in an argument, so it is written `<_` under an argument for the claim: the
    /// claim's linked argument (Argdown moves it onto that argument's inference), or else an argument `<Inference to …>`
    /// that supports the claim. A statement met again is referred to by its title alone, as Argdown allows.
    public static func argdown(_ map: ArgumentMap, citation: Citation) -> String {
        var lines = ["// \(citation.formatted)", "// Argument map exported by moot. #tags give each node's kind.", ""]
        var seen = Set<String>()
        var arguments: [(title: String, premises: [String], conclusion: String)] = []
        func title(_ node: ArgumentNode) -> String {
            "[" + node.title.replacingOccurrences(of: "[", with: "(").replacingOccurrences(of: "]", with: ")") + "]"
        }
        func relation(_ kind: EdgeKind) -> String {
            switch kind {
            case .supports, .answers: "+ "
            case .undercuts: "<_ "
            case .rebuts, .undermines: "- "
            }
        }
        func argumentTitle(_ prefix: String, _ node: ArgumentNode) -> String {
            "<" + prefix + node.title.replacingOccurrences(of: "<", with: "(").replacingOccurrences(of: ">", with: ")") + ">"
        }
        func emit(_ id: String, relation prefix: String, indent: String) {
            guard let node = map[id] else { return }
            if seen.contains(id) {
                lines.append(indent + prefix + title(node))
                return
            }
            seen.insert(id)
            var tags = "#\(node.kind.rawValue)"
            if node.main { tags += " #thesis" }
            if !node.explicit { tags += " #unstated" }
            let text = node.text.replacingOccurrences(of: "\n", with: " ")
            lines.append(indent + prefix + title(node) + ": " + text + " " + tags)
            let incoming = map.edges(to: id)
            // Undercuts go under the first linked argument for this claim, or under one argument made for them.
            let undercutters = incoming.filter { $0.kind == .undercuts }.map(\.from)
            let undercutGroup = incoming.first(where: \.isLinked)?.premises
            func writeUndercuts() {
                for undercutter in undercutters { emit(undercutter, relation: relation(.undercuts), indent: indent + "    ") }
            }
            var linked: Set<[String]> = [], inferenceWritten = false
            for edge in incoming {
                if edge.kind == .undercuts {
                    guard undercutGroup == nil, !inferenceWritten else { continue }
                    inferenceWritten = true
                    lines.append(indent + "  + " + argumentTitle("Inference to ", node)
                        + ": The step from the reasons given to this claim, which the undercuts below attack.")
                    writeUndercuts()
                    continue
                }
                guard edge.isLinked else {
                    emit(edge.from, relation: relation(edge.kind), indent: indent + "  ")
                    continue
                }
                guard linked.insert(edge.premises).inserted else { continue }
                let name = argumentTitle("Together for ", node)
                arguments.append((name, edge.premises, id))
                lines.append(indent + "  + " + name)
                if edge.premises == undercutGroup { writeUndercuts() }
            }
        }
        if let thesis = map.thesis { emit(thesis.id, relation: "", indent: "") }
        for node in map.nodes where !seen.contains(node.id) {
            lines.append("")
            emit(node.id, relation: "", indent: "")
        }
        for argument in arguments {
            lines += ["", argument.title, ""]
            for (index, premise) in argument.premises.enumerated() {
                lines.append("(\(index + 1)) " + (map[premise].map(title) ?? premise))
            }
            lines.append("----")
            lines.append("(\(argument.premises.count + 1)) " + (map[argument.conclusion].map(title) ?? argument.conclusion))
        }
        return lines.joined(separator: "\n")
    }
}
