/// How an unplaced statement bears on the map in a `place` question: the learner says which, and on what node.
public enum PlacementRelation: String, CaseIterable, Codable, Sendable {
    /// A reason for the node on its own.
    case supports
    /// Against the node's claim (a rebuttal or an undermining).
    case attacks
    /// Against the step from the node's premises to it, not against the claim itself.
    case undercuts
    /// A premise that supports, only together with the named node, what that node supports (a linked argument).
    case coPremise = "co-premise"

    /// "supports ‘X’", "is a co-premise with ‘X’".
    public func phrase(_ title: String) -> String {
        switch self {
        case .supports: "supports ‘\(title)’"
        case .attacks: "attacks ‘\(title)’"
        case .undercuts: "undercuts ‘\(title)’"
        case .coPremise: "is a co-premise with ‘\(title)’"
        }
    }
}

/// A statement written for a `place` question, not in the map, with where it belongs: its relation to one node.
public struct Placement: Sendable {
    public var text: String
    public var relation: PlacementRelation
    /// The node it supports, attacks or undercuts; for a co-premise, the premise it works together with.
    public var node: String
    /// Why it goes there, beyond what the target node claims (optional).
    public var why: String?
    public var location: SourceLocation

    public init(text: String, relation: PlacementRelation, node: String, why: String? = nil, location: SourceLocation) {
        self.text = text
        self.relation = relation
        self.node = node
        self.why = why
        self.location = location
    }
}

extension QuestionLayout {
    /// The nodes a `place` question offers, lettered a, b, c…: its targets and decoys, shuffled by the question id,
    /// so the list never follows the statements' order.
    public static func placeTargets(_ statements: [Placement], among: [String], id: String) -> [String] {
        var seen: Set<String> = []
        let candidates = (statements.map(\.node) + among).filter { seen.insert($0).inserted }
        return shuffled(candidates, seed: id + "/place")
    }
}
