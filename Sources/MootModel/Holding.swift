/// What a court or body held on a question, as a node states it: "the ICJ left open whether force may answer an
/// attack only imminent". A holding lets the grader read an answer's claim about it ("the ICJ rejected
/// anticipatory self-defence") against which way it went, not only whether its words are named.
public struct Holding: Sendable, Equatable {
    /// Which way a holding went.
    public enum Outcome: String, Sendable, CaseIterable {
        /// Accepted, upheld, allowed.
        case accepted
        /// Rejected, banned, refused.
        case rejected
        /// Left undecided.
        case open
    }

    /// Names of who held it ("Nicaragua", "the ICJ"); the first appears in the node's text.
    public var by: [String]
    /// Wordings of what it was held on ("anticipatory self-defence"); the first appears in the node's text.
    public var on: [String]
    public var held: Outcome
    public var location: SourceLocation

    public init(by: [String], on: [String], held: Outcome, location: SourceLocation) {
        (self.by, self.on, self.held, self.location) = (by, on, held, location)
    }
}
