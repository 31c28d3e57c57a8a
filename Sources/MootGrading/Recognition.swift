/// A node of the map that an answer names, and whether the answer affirms or denies it.
struct Recognition: Sendable, Equatable {
    var node: String
    /// True when the answer says the opposite of the node ("trafficking is *not* an armed attack").
    var negated: Bool
    /// How many content words matched: the more, the more specific.
    var strength: Int
    /// Word positions of the match in the answer.
    var span: ClosedRange<Int>
    /// True when the match is one of the node's aliases: a name, not a statement, so it is never negated.
    var isName: Bool
    /// True when the question's own words completed the match.
    var usedContext: Bool
}
