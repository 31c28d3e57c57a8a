import MootModel

/// Claims turned into their opposite while keeping their words ("meth is more expensive to make" where the
/// article says cheaper): an answer word whose WordNet antonym the node says, and which the node does not say
/// itself. Antonyms that are only a negative prefix ("lawful", "unlawful") are left to negation.
struct Reversals: Sendable {
    /// Answer stem → the stems of the words it reverses.
    private var opposites: [String: Set<String>] = [:]
    /// Node id → the stems of its title, text and wordings.
    private var own: [String: Set<String>] = [:]

    init(map: ArgumentMap, antonyms pairs: [[String]]) {
        guard !pairs.isEmpty else { return }
        for pair in pairs where pair.count == 2 {
            for form in [pair[1], pair[1] + "er", pair[1] + "r", pair[1] + "est"] {
                opposites[TextNormalizer.stem(form), default: []].insert(TextNormalizer.stem(pair[0]))
            }
        }
        for node in map.nodes {
            let text = ([node.title, node.text] + node.accept.phrases + node.accept.aliases + node.accept.groups.flatMap { $0 })
                .joined(separator: " ")
            own[node.id] = Set(TextNormalizer.words(text).map(TextNormalizer.stem))
        }
    }

    /// The word of `words[range]` that reverses what `node` says, if any: not itself said by the node, and not
    /// under a negation ("not more expensive").
    func reversal(of node: String, in words: [String], range: ClosedRange<Int>, negations: [Int]) -> String? {
        guard let said = own[node], !opposites.isEmpty else { return nil }
        let window = max(0, range.lowerBound)...min(words.count - 1, range.upperBound)
        guard !window.isEmpty else { return nil }
        let stems = Set(words.map(TextNormalizer.stem))
        return window.lazy.map { words[$0] }.enumerated().first { offset, word in
            let stem = TextNormalizer.stem(word)
            // An answer that says both words contrasts them ("small harms add up to a big attack"): no reversal.
            guard let reversed = opposites[stem], !said.contains(stem), !reversed.isDisjoint(with: said),
                  reversed.isDisjoint(with: stems) else { return false }
            let position = window.lowerBound + offset
            return !negations.contains { $0 < position && $0 >= position - 3 }
        }?.element
    }

    /// Whether two words differ only by a negative prefix ("lawful", "unlawful"): negation reads those.
    static func prefixed(_ a: String, _ b: String) -> Bool {
        ["un", "in", "il", "im", "ir", "dis", "non", "a", "inter", "extra"].contains { a == $0 + b || b == $0 + a }
    }
}
