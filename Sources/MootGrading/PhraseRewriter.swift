import MootModel

/// Reads the glossary's equivalents in an answer as the one the map's wordings use ("can't or won't" as "unable
/// or unwilling", "IHRL" as "human rights law"), or as the term when the map uses none. A phrase whose words the
/// map already knows is left as it is: replacing it would lose words the map matches on.
struct PhraseRewriter: Sendable {
    /// Folded phrase → the folded words it is read as, by the phrase's first word, longest phrase first.
    private var rules: [String: [(plain: [String], term: [String])]] = [:]

    /// `wordings` are the map's wordings, folded; `known` tells whether the map's wordings use a word.
    init(glossary: [GlossaryEntry] = [], wordings: [[String]] = [], known: (String) -> Bool = { _ in false }) {
        for entry in glossary {
            let members = ([entry.term] + entry.plain).map(TextNormalizer.words).filter { !$0.isEmpty }
            let canonical = members.first { member in wordings.contains { Self.contains($0, member) } } ?? members[0]
            for member in members where member != canonical {
                let plainWords = member.filter { TextNormalizer.role($0) == nil }
                let negates = member.contains { if case .negation? = TextNormalizer.role($0) { true } else { false } }
                if !negates && !plainWords.isEmpty && plainWords.allSatisfy(known) { continue }
                rules[member[0], default: []].append((member, canonical))
            }
        }
        for key in rules.keys { rules[key]?.sort { $0.plain.count > $1.plain.count } }
    }

    var isEmpty: Bool { rules.isEmpty }

    private static func contains(_ words: [String], _ run: [String]) -> Bool {
        words.indices.contains { words[$0...].starts(with: run) }
    }

    /// The words with every plain phrase replaced by its term, left to right, longest phrase first.
    func apply(_ words: [String]) -> [String] {
        guard !rules.isEmpty else { return words }
        var result: [String] = []
        var index = 0
        while index < words.count {
            if let rule = rules[words[index]]?.first(where: { words[index...].starts(with: $0.plain) }) {
                result += rule.term
                index += rule.plain.count
            } else {
                result.append(words[index])
                index += 1
            }
        }
        return result
    }
}
