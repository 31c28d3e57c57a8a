/// What a node of the argument map is, in learner-facing words (after Argdown, AIF and ASPIC+).
public enum NodeKind: String, CaseIterable, Codable, Sendable {
    /// The author's conclusions; exactly one is the thesis (`main: true`).
    case claim
    /// A reason given for a claim; `explicit: false` marks one the author leaves unstated.
    case premise
    /// A fact or figure offered in support.
    case evidence
    /// A legal source the article relies on.
    case authority
    /// An opposing view the article reports, with who said it.
    case objection
    /// The author's answer to an objection.
    case reply
    /// A mainstream argument from the scholarship that the article does not answer, with its source.
    case counterargument

    /// What goes before the kind's name in a sentence: "evidence" is a mass noun ("a piece of evidence").
    public var article: String { self == .evidence ? "a piece of" : self == .authority || self == .objection ? "an" : "a" }
}

/// How one node bears on another.
public enum EdgeKind: String, CaseIterable, Codable, Sendable {
    /// premise, evidence or authority → the claim it backs
    case supports
    /// attacks a conclusion
    case rebuts
    /// attacks a premise or a piece of evidence
    case undermines
    /// attacks the step from premises to conclusion
    case undercuts
    /// reply → the objection it answers
    case answers

    /// Read from the source node: "X supports Y".
    public var verb: String { rawValue }
    /// Read from the target node: "Y is supported by X".
    public var passive: String {
        switch self {
        case .supports: "is supported by"
        case .rebuts: "is rebutted by"
        case .undermines: "is undermined by"
        case .undercuts: "is undercut by"
        case .answers: "is answered by"
        }
    }
    public var isAttack: Bool { self == .rebuts || self == .undermines || self == .undercuts }
}
