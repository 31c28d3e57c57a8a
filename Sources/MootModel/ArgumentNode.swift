/// What a learner may say to name a node: the node's equivalence class of wordings.
public struct Accept: Sendable, Equatable {
    /// Whole paraphrases; an answer names the node if it carries all of a phrase's content words, in any order.
    public var phrases: [String] = []
    /// Short names and abbreviations ("CJNG", "the Law of War Manual"); matched as whole words.
    public var aliases: [String] = []
    /// Term groups: every group must be matched by one of its terms.
    public var groups: [[String]] = []
    /// Terms that must not appear for the node to count as named.
    public var reject: [String] = []
    /// Half answers, matched like phrases: right in direction but short of an essential element (one part of a
    /// two-part key, the class without the item, the verdict without its ground), worth half the node's point.
    public var half: [String] = []

    public init(phrases: [String] = [], aliases: [String] = [], groups: [[String]] = [], reject: [String] = [],
                half: [String] = []) {
        self.phrases = phrases
        self.aliases = aliases
        self.groups = groups
        self.reject = reject
        self.half = half
    }

    public var isEmpty: Bool { phrases.isEmpty && aliases.isEmpty && groups.isEmpty }
}

/// How a figure in the article holds up against public sources (domain brief, part C).
public struct FactCheck: Sendable, Equatable {
    public static let verdicts = ["accurate", "roughly-right", "confirmed", "within-range", "imprecise", "overstated",
                                  "unverified", "partly-verified", "not-found", "not-checked"]
    /// One of `verdicts`.
    public var verdict: String
    public var finding: String
    public var source: String
    /// When the source was published or checked.
    public var date: String

    /// Whether public sources bear the figure out (its flaw, if any, is in how the article uses it).
    public var bearsOut: Bool { ["accurate", "roughly-right", "confirmed", "within-range"].contains(verdict) }

    public init(verdict: String, finding: String, source: String, date: String) {
        self.verdict = verdict
        self.finding = finding
        self.source = source
        self.date = date
    }
}

/// One statement of the argument map.
public struct ArgumentNode: Sendable, Identifiable {
    public var id: String
    public var kind: NodeKind
    /// A few words to name the node in a tree or a list.
    public var title: String
    /// The statement, in the project's own words.
    public var text: String
    /// The article section it comes from (Intro, PE, TH, FTO, SH, CON) or "scholarship".
    public var section: String
    /// Who asserts it: the author, an objector, a scholar.
    public var speaker: String?
    /// Answers that should (`correct`) or should not (`incorrect`) name this node, graded by `moot check`.
    public var examples: [ExampleAnswer] = []
    /// False for a premise the author leaves unstated.
    public var explicit: Bool = true
    /// True for the thesis.
    public var main: Bool = false
    public var accept: Accept
    /// For evidence: the figures, dates and names as the article gives them; each must appear in `text`.
    public var figures: [String] = []
    public var check: FactCheck?
    /// For counterarguments: the legal authority they rest on and where the argument is made.
    public var authority: String?
    public var source: String?
    /// Set for events after the article (21 April 2025): the date they happened.
    public var after: String?
    /// The paragraph of its section of the article that the node comes from (counted from 1), where it has one.
    public var paragraph: Int?
    /// When what the node reports happened, as the article dates it ("1916", "2018–2021", "2025-02-20").
    public var when: String?
    /// What the courts or bodies the node reports held, and which way.
    public var holdings: [Holding] = []
    public var location: SourceLocation

    public var kindLabel: String {
        switch kind {
        case .premise where !explicit: "unstated premise"
        case .claim where main: "thesis"
        default: kind.rawValue
        }
    }

    public init(id: String, kind: NodeKind, title: String, text: String, section: String, speaker: String? = nil,
                explicit: Bool = true, main: Bool = false, accept: Accept, figures: [String] = [],
                check: FactCheck? = nil, authority: String? = nil, source: String? = nil, after: String? = nil,
                location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.title = title
        self.text = text
        self.section = section
        self.speaker = speaker
        self.explicit = explicit
        self.main = main
        self.accept = accept
        self.figures = figures
        self.check = check
        self.authority = authority
        self.source = source
        self.after = after
        self.location = location
    }
}

/// A directed relation between two nodes: `from` supports / rebuts / undermines / undercuts / answers `to`.
///
/// Premises that support a claim only together (a linked argument: Argdown's premise–conclusion group, Rationale's
/// "rabbit rule") are one edge per premise, each carrying the whole group in `premises`; an independent reason
/// has none.
public struct Edge: Sendable, Hashable {
    public var from: String
    public var kind: EdgeKind
    public var to: String
    public var location: SourceLocation
    /// Every premise of the linked group this edge belongs to, `from` among them; empty for an independent reason.
    public var premises: [String]

    public init(from: String, kind: EdgeKind, to: String, location: SourceLocation, premises: [String] = []) {
        self.from = from
        self.kind = kind
        self.to = to
        self.location = location
        self.premises = premises
    }

    public var isLinked: Bool { !premises.isEmpty }
}
