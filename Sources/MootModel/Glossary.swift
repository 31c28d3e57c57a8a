/// One term of art the course uses: what it means in a line, the authority it rests on, where it sits in the map,
/// and the plain words a learner may use for it.
public struct GlossaryEntry: Sendable {
    public var id: String
    public var term: String
    public var definition: String
    public var authority: String?
    public var nodes: [String]
    /// Plain-word equivalents ("can't or won't" for unwilling or unable).
    public var plain: [String]
    public var location: SourceLocation

    public init(id: String, term: String, definition: String, authority: String?, nodes: [String], plain: [String],
                location: SourceLocation) {
        self.id = id
        self.term = term
        self.definition = definition
        self.authority = authority
        self.nodes = nodes
        self.plain = plain
        self.location = location
    }

    /// Whether a learner's words name this entry: its id, its term or a plain equivalent, ignoring case.
    public func matches(_ words: String) -> Bool {
        let words = words.lowercased().split(separator: " ").joined(separator: " ")
        return words == id || words == term.lowercased() || plain.contains { $0.lowercased() == words }
    }
}

extension Course {
    public func glossaryEntry(_ words: String) -> GlossaryEntry? { glossary.first { $0.matches(words) } }
}
