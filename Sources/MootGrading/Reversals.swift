import MootModel

/// Claims turned into their opposite while keeping their words ("meth is more expensive to make" where the
/// article says cheaper): an answer word whose WordNet antonym the node says, and which the node does not say
/// itself. Antonyms that are only a negative prefix ("lawful", "unlawful") are left to negation.
struct Reversals: Sendable {
    /// Answer word, as folded (the antonym and its comparative forms) → the stems of the words it reverses. Looked
    /// up by the word as typed, so most answers are settled without stemming a word.
    private var opposites: [String: Set<String>] = [:]
    /// Node id → the stems of its title, text and wordings.
    private var own: [String: Set<String>] = [:]

    init(map: ArgumentMap, antonyms pairs: [[String]]) {
        guard !pairs.isEmpty else { return }
        for pair in pairs where pair.count == 2 {
            for form in [pair[1], pair[1] + "er", pair[1] + "r", pair[1] + "est"] {
                opposites[form, default: []].insert(TextNormalizer.stem(pair[0]))
            }
        }
        for node in map.nodes {
            let text = ([node.title, node.text] + node.accept.phrases + node.accept.aliases + node.accept.groups.flatMap { $0 })
                .joined(separator: " ")
            own[node.id] = Set(TextNormalizer.words(text).map(TextNormalizer.stem))
        }
    }

    /// The word of `words[range]` that reverses what `node` says, if any: not itself said by the node, not under a
    /// negation ("not more expensive"), and not beside the word it reverses (an answer that says both contrasts
    /// them: "small harms add up to a big attack").
    func reversal(of node: String, in words: [String], range: ClosedRange<Int>, negations: [Int]) -> String? {
        guard !opposites.isEmpty, !words.isEmpty, let said = own[node] else { return nil }
        let window = max(0, range.lowerBound)...max(0, min(words.count - 1, range.upperBound))
        for position in window {
            guard let reversed = opposites[words[position]], !reversed.isDisjoint(with: said),
                  !said.contains(TextNormalizer.stem(words[position])),
                  !negations.contains(where: { $0 < position && $0 >= position - 3 }) else { continue }
            if words.contains(where: { reversed.contains(TextNormalizer.stem($0)) }) { continue }
            return words[position]
        }
        return nil
    }

    /// Whether two words differ only by a negative prefix ("lawful", "unlawful"): negation reads those.
    static func prefixed(_ a: String, _ b: String) -> Bool {
        ["un", "in", "il", "im", "ir", "dis", "non", "a", "inter", "extra"].contains { a == $0 + b || b == $0 + a }
    }
}
