import MootModel

/// The map's dated events in order, split at the article's publication: what the author could rely on, then what
/// happened after, which is context for reading the article and never support for it.
public struct Timeline {
    public struct Event: Sendable {
        public var when: String
        public var node: ArgumentNode
        public var afterTheArticle: Bool
    }

    public let events: [Event]
    public let published: String

    public init(map: ArgumentMap, citation: Citation) {
        published = citation.published
        events = map.nodes.compactMap { node -> Event? in
            if let after = node.after { return Event(when: after, node: node, afterTheArticle: true) }
            return node.when.map { Event(when: $0, node: node, afterTheArticle: false) }
        }
        .sorted { ($0.afterTheArticle ? 1 : 0, Self.sortKey($0.when)) < ($1.afterTheArticle ? 1 : 0, Self.sortKey($1.when)) }
    }

    /// "2018–2021" sorts by 2018; "1916" before "1916-03".
    static func sortKey(_ when: String) -> String { String(when.prefix { $0.isNumber || $0 == "-" }) }

    public func render(style: Style, citation: Citation) -> String {
        var lines = [style.bold("What the article could rely on (to \(citation.date))")]
        func line(_ event: Event) -> String {
            let place = event.node.paragraph.map { " · \(event.node.section) ¶\($0)" } ?? ""
            // Wrapped as an indented paragraph, then the date written into the first line's indent.
            let indent = String(repeating: " ", count: 13)
            let wrapped = style.wrap(indent + event.node.title + style.dim(" (\(event.node.id)\(place))"), indent: indent)
            return "  " + event.when.padding(toLength: 11, withPad: " ", startingAt: 0) + wrapped.dropFirst(13)
        }
        lines += events.filter { !$0.afterTheArticle }.map(line)
        lines.append(style.warn("── \(citation.date): the article is published ──"))
        let later = events.filter(\.afterTheArticle)
        if !later.isEmpty {
            lines.append(style.bold("After the article — context for reading it, not support for it"))
            lines += later.map(line)
        }
        return lines.joined(separator: "\n")
    }
}
