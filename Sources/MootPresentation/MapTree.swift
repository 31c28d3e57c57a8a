import Foundation
import MootModel

/// Draws the argument map, or the part around one node, as a tree in the terminal.
///
/// Children of a node are what bears on it (what supports, attacks or answers it), each relation read from the
/// node above in one direction: "supported by:", "rebutted by:", "answered by:". A node's kind is said in words
/// after its title ("(an objection)"), never as a tag. A node reached a second time
/// is shown by title only, with "(above)", so the tree stays finite and each node is read once. Linked premises
/// (those that support only together) hang under one "together:" line.
public struct MapTree {
    public let map: ArgumentMap
    public let style: Style
    /// The article, to say where in it a node comes from (section, paragraph, address).
    public let citation: Citation?
    /// Nodes a question still open asks about: left out with what hangs on them, and counted in one line, so the
    /// map gives no answer away.
    public var hidden: Set<String> = []
    /// Node ids after titles, for an author (`moot map`); a learner's screens show titles only.
    public var showIDs = true

    public init(map: ArgumentMap, style: Style, citation: Citation? = nil, hidden: Set<String> = [], showIDs: Bool = true) {
        self.map = map
        self.style = style
        self.citation = citation
        self.hidden = hidden
        self.showIDs = showIDs
    }

    /// One line for every part left out, and what hangs on them: "3 parts hidden until you answer …".
    static func hiddenLine(_ count: Int) -> String {
        count == 1 ? "1 part hidden, with what hangs on it, until you answer the question that asks about it."
            : "\(count) parts hidden, with what hangs on them, until you answer the questions that ask about them."
    }

    /// "In the article: Self-Help (Unable or Unwilling), para. 4 — https://…", for a node that comes from it.
    public func place(of node: ArgumentNode) -> String? {
        guard let citation, let section = citation.section(node.section) else { return nil }
        let paragraph = node.paragraph.map { ", para. \($0) of \(section.paragraphs)" } ?? ""
        return "in the article: \(section.title)\(paragraph)" + (citation.url.map { " — \($0)" } ?? "")
    }

    /// The whole map from the thesis, then anything the thesis does not reach.
    public func render() -> String {
        var seen = Set<String>()
        var lines: [String] = []
        let roots = (map.thesis.map { [$0.id] } ?? []) + map.nodes.map(\.id)
        for root in roots where !seen.contains(root) && (root == map.thesis?.id || map.edges(from: root).isEmpty) {
            draw(root, edge: nil, prefix: "", last: true, depth: 0, maxDepth: 12, seen: &seen, lines: &lines, top: true)
        }
        // A part that bears only on hidden ones hangs on them: it is left out with them.
        let hangsOnHidden = { (id: String) in
            let targets = self.map.edges(from: id).map(\.to)
            return !targets.isEmpty && targets.allSatisfy(self.hidden.contains)
        }
        for node in map.nodes where !seen.contains(node.id) && !hidden.contains(node.id) && !hangsOnHidden(node.id) {
            draw(node.id, edge: nil, prefix: "", last: true, depth: 0, maxDepth: 12, seen: &seen, lines: &lines, top: true)
        }
        return withHiddenLine(lines, seen: seen)
    }

    /// One node: what it bears on, then what bears on it, two levels deep.
    public func render(around id: String) -> String? {
        guard let node = map[id] else { return nil }
        guard !hidden.contains(id) else { return style.dim(Self.hiddenLine(1)) }
        var lines = [style.wrap(label(node), indent: "  ")]
        lines.append(style.wrap("  " + node.text, indent: "  "))
        if let check = node.check {
            lines.append(style.wrap("  " + style.warn("fact-check (\(check.verdict)): ") + check.finding
                                    + " — \(check.source), \(check.date)", indent: "  "))
        }
        if let after = node.after { lines.append("  " + style.warn("after the article: \(after)")) }
        if let source = node.source { lines.append(style.wrap("  " + style.dim("source: \(source)"), indent: "  ")) }
        if let place = place(of: node) { lines.append(style.wrap("  " + style.dim(place), indent: "  ")) }
        for edge in map.edges(from: id) {
            if let target = map[edge.to], !hidden.contains(edge.to) {
                lines.append(style.wrap("  → \(edge.kind.verb): " + label(target), indent: "      "))
            }
        }
        let targets = Set(map.edges(from: id).map(\.to))
        // What it bears on is said once, above: a node that also bears back on it is not drawn again below.
        var seen: Set<String> = [id]
        drawChildren(of: id, prefix: "  ", depth: 1, maxDepth: 2, seen: &seen, lines: &lines, excluding: targets)
        return withHiddenLine(lines, seen: seen.union(targets))
    }

    /// The lines, and under them how many parts met on the way were left out (none is drawn, nor what hangs on it).
    private func withHiddenLine(_ lines: [String], seen: Set<String>) -> String {
        let count = hidden.intersection(seen).count
        return (lines + (count > 0 ? [style.dim(Self.hiddenLine(count))] : [])).joined(separator: "\n")
    }

    /// "Jenkins — no legal authority for strikes (an objection)": the title, then its kind in words.
    private func label(_ node: ArgumentNode) -> String {
        let kind = "(\(Self.kindPhrase(node))" + (showIDs ? ", id \(node.id))" : ")")
        let colored: String
        switch node.kind {
        case .claim: colored = style.bold(kind)
        case .objection, .counterargument: colored = style.bad(kind)
        case .reply: colored = style.good(kind)
        default: colored = style.accent(kind)
        }
        return "\(node.title) \(colored)"
    }

    /// A node's kind as a reader says it: "the thesis", "an objection", "evidence", "an unstated premise".
    static func kindPhrase(_ node: ArgumentNode) -> String {
        let label = node.kindLabel
        if label == "thesis" { return "the thesis" }
        if node.kind == .evidence { return "evidence" }
        return ("aeiou".contains(label.first ?? "x") ? "an " : "a ") + label
    }

    /// "rebutted by": the relation as read from the node it bears on.
    static func relation(_ edge: EdgeKind) -> String {
        edge.passive.hasPrefix("is ") ? String(edge.passive.dropFirst(3)) : edge.passive
    }

    private func draw(_ id: String, edge: EdgeKind?, prefix: String, last: Bool, depth: Int, maxDepth: Int,
                      seen: inout Set<String>, lines: inout [String], top: Bool) {
        guard let node = map[id] else { return }
        let branch = top ? "" : (last ? "└─ " : "├─ ")
        let relation = edge.map { style.dim("\(Self.relation($0)): ") } ?? ""
        let childPrefix = prefix + (top ? "" : (last ? "   " : "│  "))
        // A long line wraps under its own text, keeping the tree's guides on the left.
        let continuation = childPrefix + "   "
        if seen.contains(id) {
            guard !hidden.contains(id) else { return }
            lines.append(style.wrap(relation + node.title + style.dim(" (above)"), after: prefix + branch, indent: continuation))
            return
        }
        seen.insert(id)
        // A part a question still asks about is left out with all that hangs on it; the count comes at the end.
        guard !hidden.contains(id) else { return }
        lines.append(style.wrap(relation + label(node), after: prefix + branch, indent: continuation))
        guard depth < maxDepth else { return }
        drawChildren(of: id, prefix: childPrefix, depth: depth + 1, maxDepth: maxDepth,
                     seen: &seen, lines: &lines)
    }

    /// What bears on a node: each independent reason or attack, and each linked group once, its premises under it.
    private func drawChildren(of id: String, prefix: String, depth: Int, maxDepth: Int,
                              seen: inout Set<String>, lines: inout [String], excluding: Set<String> = []) {
        var groups: Set<[String]> = []
        let all = map.edges(to: id).filter { !$0.isLinked || groups.insert($0.premises).inserted }
            .filter { $0.isLinked || !excluding.contains($0.from) }
        // What is hidden is counted as met, not drawn: the guides of what stays end where the visible part does.
        for child in all { for node in child.isLinked ? child.premises : [child.from] where hidden.contains(node) { seen.insert(node) } }
        let children = all.filter { child in (child.isLinked ? child.premises : [child.from]).contains { !hidden.contains($0) } }
        for (index, child) in children.enumerated() {
            let last = index == children.count - 1
            guard child.isLinked else {
                draw(child.from, edge: child.kind, prefix: prefix, last: last, depth: depth, maxDepth: maxDepth,
                     seen: &seen, lines: &lines, top: false)
                continue
            }
            lines.append(prefix + (last ? "└─ " : "├─ ") + style.dim("\(Self.relation(child.kind).replacingOccurrences(of: " by", with: "")), only together, by:"))
            let shown = child.premises.filter { !hidden.contains($0) }
            for (position, premise) in shown.enumerated() {
                draw(premise, edge: nil, prefix: prefix + (last ? "   " : "│  "), last: position == shown.count - 1,
                     depth: depth, maxDepth: maxDepth, seen: &seen, lines: &lines, top: false)
            }
        }
    }
}
