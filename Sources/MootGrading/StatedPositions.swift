import MootModel

/// Positions an answer reports rather than holds: who it says holds a claim, and how it frames the debate. A denial
/// that states an opposing position, given to the right speaker, is that position, not the answer's own denial.
extension FreeTextGrader {
    /// Words that attribute a statement to someone else ("Esper said…", "critics argue…").
    static let attributions: Set<String> = [
        "said", "says", "say", "argue", "argues", "argued", "claim", "claims", "claimed", "object", "objects",
        "objected", "critics", "critic", "believed", "believes", "warned", "warns", "according", "insists", "insisted",
    ]

    /// Words that frame an answer as an account of the debate (IRAC headings, "the article…", "critics reply…"):
    /// opposite points in such an answer are reported, not contradictions.
    static let framing: Set<String> = [
        "article", "author", "pedrozo", "concludes", "concluded", "replies", "reply", "answers", "answer", "rule",
        "application", "counter", "conclusion",
    ]

    /// Whether a denied node is only the flip side of an opposing position the answer states, over the same words,
    /// and attributes to the right speaker.
    /// A position half stated and given to its speaker ("Esper said strikes would be illegal", one of his two
    /// grounds) is stated too.
    func isStatedPosition(against node: String, recognitions: [Recognition], words: Set<String>, in analysis: Analysis) -> Bool {
        let creditsAuthor = !words.isDisjoint(with: ["article", "author", "pedrozo", "concludes", "concluded"])
        guard let denial = recognitions.first(where: { $0.node == node && $0.negated }) else { return false }
        func stated(_ other: Recognition, half: Bool) -> Bool {
            guard !other.negated, other.span.overlaps(denial.span), opposes(other.node, node),
                  let position = map[other.node] else { return false }
            let speaker = position.speaker ?? "Pedrozo"
            let names = TextNormalizer.words(speaker).filter { $0.count >= 4 }
            guard half else { return speaker.contains("Pedrozo") || names.contains(where: words.contains) || !creditsAuthor }
            // A half is given to its speaker by a name just before it or within it ("Esper said strikes…").
            let near = max(0, other.span.lowerBound - 4)...min(analysis.words.count - 1, other.span.upperBound)
            return near.contains { names.contains(analysis.words[$0]) }
        }
        // The halves are looked for only when no full statement is found: most denials never get here.
        return recognitions.contains { stated($0, half: false) }
            || recognizer.nearlyNamed(map.opponents(of: node), in: analysis).contains { stated($0, half: true) }
    }
}
