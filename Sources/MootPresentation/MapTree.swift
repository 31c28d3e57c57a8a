import MootModel

/// Draws the argument map, or the part around one node, as a tree in the terminal.
///
/// Children of a node are what bears on it (what supports, attacks or answers it). A node reached a second time
/// is shown by title only, with "(above)", so the tree stays finite and each node is read once.
public struct MapTree {
    public let map: ArgumentMap
    public let style: Style

    public init(map: ArgumentMap, style: Style) {
        self.map = map
        self.style = style
    }

    /// The whole map from the thesis, then anything the thesis does not reach.
    public func render() -> String {
        var seen = Set<String>()
        var lines: [String] = []
        let roots = (map.thesis.map { [$0.id] } ?? []) + map.nodes.map(\.id)
        for root in roots where !seen.contains(root) && (root == map.thesis?.id || map.edges(from: root).isEmpty) {
            draw(root, edge: nil, prefix: "", last: true, depth: 0, maxDepth: 12, seen: &seen, lines: &lines, top: true)
        }
        for node in map.nodes where !seen.contains(node.id) {
            draw(node.id, edge: nil, prefix: "", last: true, depth: 0, maxDepth: 12, seen: &seen, lines: &lines, top: true)
        }
        return lines.joined(separator: "\n")
    }

    /// One node: what it bears on, then what bears on it, two levels deep.
    public func render(around id: String) -> String? {
        guard let node = map[id] else { return nil }
        var lines = [label(node)]
        lines.append(style.wrap("  " + node.text, indent: "  "))
        if let check = node.check {
            lines.append(style.wrap("  " + style.warn("fact-check (\(check.verdict)): ") + check.finding
                                    + " — \(check.source), \(check.date)", indent: "  "))
        }
        if let after = node.after { lines.append("  " + style.warn("after the article: \(after)")) }
        if let source = node.source { lines.append(style.wrap("  " + style.dim("source: \(source)"), indent: "  ")) }
        for edge in map.edges(from: id) {
            if let target = map[edge.to] { lines.append(style.wrap("  → \(edge.kind.verb) " + label(target), indent: "      ")) }
        }
        var seen: Set<String> = [id]
        let incoming = map.edges(to: id)
        for (index, edge) in incoming.enumerated() {
            draw(edge.from, edge: edge.kind, prefix: "  ", last: index == incoming.count - 1, depth: 1, maxDepth: 2,
                 seen: &seen, lines: &lines, top: false)
        }
        return lines.joined(separator: "\n")
    }

    private func label(_ node: ArgumentNode) -> String {
        let kind = "[\(node.kindLabel)]"
        let colored: String
        switch node.kind {
        case .claim: colored = style.bold(kind)
        case .objection, .counterargument: colored = style.bad(kind)
        case .reply: colored = style.good(kind)
        default: colored = style.accent(kind)
        }
        return "\(colored) \(node.title) " + style.dim("(\(node.id))")
    }

    private func draw(_ id: String, edge: EdgeKind?, prefix: String, last: Bool, depth: Int, maxDepth: Int,
                      seen: inout Set<String>, lines: inout [String], top: Bool) {
        guard let node = map[id] else { return }
        let branch = top ? "" : (last ? "└─ " : "├─ ")
        let relation = edge.map { style.dim("\($0.verb): ") } ?? ""
        let childPrefix = prefix + (top ? "" : (last ? "   " : "│  "))
        // A long line wraps under its own text, keeping the tree's guides on the left.
        let continuation = childPrefix + "   "
        if seen.contains(id) {
            lines.append(style.wrap(relation + node.title + style.dim(" (above)"), after: prefix + branch, indent: continuation))
            return
        }
        seen.insert(id)
        lines.append(style.wrap(relation + label(node), after: prefix + branch, indent: continuation))
        guard depth < maxDepth else { return }
        let children = map.edges(to: id)
        for (index, child) in children.enumerated() {
            draw(child.from, edge: child.kind, prefix: childPrefix, last: index == children.count - 1,
                 depth: depth + 1, maxDepth: maxDepth, seen: &seen, lines: &lines, top: false)
        }
    }
}
