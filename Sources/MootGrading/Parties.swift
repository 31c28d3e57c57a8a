import MootModel

/// Who does or suffers what: a node's words each tied to the party the node names right before them, with at most
/// function words between ("*Mexico* is unable or unwilling", "*Britain's* minesweeping"), so that an answer giving the same words to another party
/// ("the injured state is unable", "Albania's minesweeping") is read as another claim, not this one.
struct Parties: Sendable {
    /// Folded word → the party's number.
    private var named: [String: Int] = [:]
    /// First folded word → second → the party's number, for names of two words ("united states", "u s").
    private var namedPairs: [String: [String: Int]] = [:]
    /// Node id → stem → the parties the node names just before that word.
    private var doers: [String: [String: Set<Int>]] = [:]
    /// Node id → stem → the parties the node names right after it with "with" or "against" ("armed conflict *with
    /// cartels*"), so that "an armed conflict with Mexico" is another claim.
    private var partners: [String: [String: Set<Int>]] = [:]

    init(map: ArgumentMap) {
        for (number, words) in map.parties.enumerated() {
            for term in words {
                let folded = TextNormalizer.words(term)
                if folded.count == 2 { namedPairs[folded[0], default: [:]][folded[1]] = number }
                else { named[folded.joined(separator: " ")] = number }
            }
        }
        guard !named.isEmpty || !namedPairs.isEmpty else { return }
        for node in map.nodes {
            var table: [String: Set<Int>] = [:]
            for text in [node.text] + node.accept.phrases {
                let words = TextNormalizer.words(text)
                for index in words.indices where party(at: index, in: words) == nil
                    && (TextNormalizer.role(words[index]) == nil || Self.denies(words[index])) {
                    if let doer = Self.doer(before: index, in: words, party: party(_:_:)) {
                        table[TextNormalizer.stem(words[index]), default: []].insert(doer)
                    }
                    if let partner = partner(after: index, in: words) {
                        partners[node.id, default: [:]][TextNormalizer.stem(words[index]), default: []].insert(partner)
                    }
                }
            }
            doers[node.id] = table
        }
        heads = StemHeads(stems: (Array(doers.values) + Array(partners.values)).flatMap(\.keys), rewritten: [])
    }

    /// Which words may have a stem of these tables: the others are not stemmed to look them up.
    private var heads = StemHeads(stems: [], rewritten: [])

    /// The party the word at `index` (alone, or with the word before it) names.
    private func party(_ index: Int, _ words: [String]) -> Int? { party(at: index, in: words) }

    private func party(at index: Int, in words: [String]) -> Int? {
        if index > 0, let two = namedPairs[words[index - 1]]?[words[index]] { return two }
        return named[words[index]]
    }

    /// Whether the answer gives the node's words in `span` to another party: the first word of the span the node
    /// ties to a party, and the party the answer names right before it, differ.
    func misassigns(_ node: String, span: ClosedRange<Int>, in words: [String]) -> Bool {
        // Stems are taken only where a party follows: most spans have none.
        if let table = partners[node], span.contains(where: { index in
            guard index < words.count, let given = partner(after: index, in: words), party(at: index, in: words) == nil,
                  heads.mayKnow(words[index]), let expected = table[TextNormalizer.stem(words[index])] else { return false }
            return !expected.contains(given)
        }) { return true }
        guard let table = doers[node], !table.isEmpty else { return false }
        // A verb of denial just before the matched words is theirs too: "*Mexico* itself rejects the gravity gap".
        let lead = (max(0, span.lowerBound - 3)..<span.lowerBound).filter { $0 < words.count && Self.denies(words[$0]) }
        for index in lead + Array(span) where index < words.count && heads.mayKnow(words[index]) && party(at: index, in: words) == nil {
            guard let expected = table[TextNormalizer.stem(words[index])] else { continue }
            guard let given = Self.doer(before: index, in: words, party: party(_:_:)) else { return false }
            return !expected.contains(given)
        }
        return false
    }

    /// The party named right after the word at `index` by "with" or "against", an article or the first word of a
    /// two-word name between ("a conflict with *the* cartels", "an attack against the *United* States").
    private func partner(after index: Int, in words: [String]) -> Int? {
        guard index + 2 < words.count, words[index + 1] == "with" || words[index + 1] == "against" else { return nil }
        for next in (index + 2)..<min(words.count, index + 5) {
            if let named = party(at: next, in: words) { return named }
            guard Self.namePrefixes.contains(words[next]) else { return nil }
        }
        return nil
    }

    /// Whether the party named at `index` (one word, or the second of two) is a preposition's object ("attacks
    /// in northern *Mexico* killed…", "raids from *Mexico*"): a place or a target, not the doer of what follows.
    /// A possessive is not asked: in "a breach of *Albania's* sovereignty" the sovereignty is still Albania's.
    /// So is a verb's object ("not *stopping* the cartels means unable"): the word before the name says something.
    private static func governed(_ index: Int, _ words: [String]) -> Bool {
        guard let before = words[max(0, index - 3)..<index].last(where: { !namePrefixes.contains($0) }) else { return false }
        return prepositions.contains(before) || before.hasSuffix("ing") && TextNormalizer.role(before) == nil
    }

    /// Words that may stand between a preposition and the party's name: an article, a region, the first word of a
    /// two-word name ("in *the* U.S.", "in *northern* Mexico", "to the *United* States").
    private static let namePrefixes: Set<String> = ["the", "northern", "southern", "u", "s", "united"]

    private static let prepositions: Set<String> = [
        "in", "into", "inside", "within", "from", "on", "at", "to", "toward", "towards", "against", "across", "of",
        "over", "through", "throughout", "near",
    ]

    /// A verb that denies ("rejects", "denied", "fails"): a negation with a doer, which the party before it holds.
    static func denies(_ word: String) -> Bool { denials.contains(word) }

    private static let denials: Set<String> = ["reject", "rejects", "rejected", "deny", "denies", "denied", "fail", "fails", "failed"]

    /// The party named right before `index`: the word before it, or two words before with a function word between
    /// ("Mexico *is* unable", "Britain *'s* minesweeping"), or the doer of the word it is coordinated with
    /// ("Mexico is unable *or* unwilling").
    private static func doer(before index: Int, in words: [String], party: (Int, [String]) -> Int?, depth: Int = 0) -> Int? {
        guard index > 0, depth < 3 else { return nil }
        if let named = party(index - 1, words) { return governed(index - 1, words) ? nil : named }
        guard index > 1, TextNormalizer.role(words[index - 1]) != nil, !words[index - 1].hasPrefix(TextNormalizer.boundary),
              words[index - 1] != TextNormalizer.pause else { return nil }
        if let named = party(index - 2, words) { return governed(index - 2, words) ? nil : named }
        if ["or", "and"].contains(words[index - 1]), TextNormalizer.role(words[index - 2]) == nil {
            return doer(before: index - 2, in: words, party: party, depth: depth + 1)
        }
        return nil
    }
}
