import MootModel

/// Who an answer says holds a claim: the article's side (Pedrozo, "the article", "the author") or its critics
/// (critics, opponents, or an objector named in the map), read from the words just before the claim's words
/// when they report speech ("Corn argues that…", "the article concludes…").
struct Attribution: Sendable {
    enum Side { case article, critics }

    private let criticNames: Set<String>
    static let articleWords: Set<String> = ["pedrozo", "article", "author", "articles"]
    static let criticWords: Set<String> = ["critics", "critic", "opponents", "opponent", "skeptics", "sceptics", "objectors"]
    static let reporting: Set<String> = [
        "said", "says", "say", "argue", "argues", "argued", "claim", "claims", "claimed", "concludes", "concluded",
        "holds", "held", "thinks", "believes", "believed", "writes", "wrote", "insists", "insisted", "contends",
        "maintains", "replies", "replied", "objects", "objected", "warns", "warned", "view", "position",
    ]

    init(map: ArgumentMap) {
        var names = Set<String>()
        for node in map.nodes where Self.side(of: node) == .critics {
            // The capitalised words of an objector's name ("Mark Esper", "Geoffrey Corn"), not "the ICJ; most writers".
            for word in (node.speaker ?? "").split(whereSeparator: { !$0.isLetter }) where word.count >= 4
                && word.first?.isUppercase == true && !["President", "Secretary", "Defense", "United", "States"].contains(String(word)) {
                names.insert(word.lowercased())
            }
        }
        names.subtract(Self.articleWords)
        criticNames = names
    }

    /// Which side holds a node in the map, if it is a position at all (evidence and authorities are no one's).
    static func side(of node: ArgumentNode) -> Side? {
        switch node.kind {
        case .objection, .counterargument: .critics
        case .claim, .premise, .reply: (node.speaker ?? "Pedrozo").contains("Pedrozo") ? .article : nil
        case .evidence, .authority: nil
        }
    }

    /// The side the answer gives the words starting at `start` to: one side named before a reporting verb,
    /// within the few words before the claim; nil when it names none, or both.
    func holder(before start: Int, in words: [String]) -> Side? {
        let window = words[max(0, start - 6)..<start]
        guard window.contains(where: Self.reporting.contains) else { return nil }
        let article = window.contains(where: Self.articleWords.contains)
        let critics = window.contains { Self.criticWords.contains($0) || criticNames.contains($0) }
        return article == critics ? nil : article ? .article : .critics
    }

    /// Whether the words at `span` are reported as someone's claim, not stated: "claimed", "alleged", "so-called"
    /// or "purported" just before or at its start ("Britain's claimed right to intervene").
    static func reportsAsClaimed(_ span: ClosedRange<Int>, in words: [String]) -> Bool {
        guard !words.isEmpty else { return false }
        let window = max(0, span.lowerBound - 3)...min(words.count - 1, span.lowerBound + 1)
        return window.contains { claimed.contains(words[$0]) || words[$0] == "called" && $0 > 0 && words[$0 - 1] == "so" }
    }

    private static let claimed: Set<String> = ["claimed", "alleged", "supposed", "purported"]
}
