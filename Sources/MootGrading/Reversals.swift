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
    /// Node id → the moves it states from one compass point to another ("from western to eastern markets").
    private var moves: [String: [Move]] = [:]

    /// A move from one compass point to another, as their folded names ("west", "east").
    struct Move: Equatable, Sendable {
        var from: String
        var to: String
    }

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
            let stated = Self.moves(in: TextNormalizer.words(text))
            if !stated.isEmpty { moves[node.id] = stated }
        }
    }

    /// The moves a text states: "from" a compass point, then "to" or "into" another within a few words.
    static func moves(in words: [String]) -> [Move] {
        var found: [Move] = []
        for (index, word) in words.enumerated() where word == "from" {
            let ahead = words[(index + 1)..<min(words.count, index + 9)]
            guard let from = ahead.prefix(3).lazy.compactMap({ compass[$0] }).first,
                  let arrow = ahead.firstIndex(where: { $0 == "to" || $0 == "into" || $0 == "toward" || $0 == "towards" }),
                  let to = words[(arrow + 1)..<min(words.count, arrow + 4)].lazy.compactMap({ compass[$0] }).first,
                  from != to else { continue }
            found.append(Move(from: from, to: to))
        }
        return found
    }

    /// Whether the answer states a move the node states the other way round ("from the east coast out to the west"
    /// where the article has west to east).
    func reversesMove(of node: String, in words: [String]) -> Bool {
        guard let stated = moves[node] else { return false }
        return Self.moves(in: words).contains { move in stated.contains(Move(from: move.to, to: move.from)) }
    }

    private static let compass: [String: String] = [
        "north": "north", "northern": "north", "south": "south", "southern": "south", "east": "east", "eastern": "east",
        "west": "west", "western": "west",
    ]

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
