import MootModel

/// The conclusion an application answer states: "Lawful: …", "No — …", "All of them are lawful: …",
/// "… Conclusion: only the Sinaloa strikes are lawful."
enum BottomLine {
    /// What the answer concludes, and whether it says it of every act alike ("all lawful", "none of it is lawful").
    struct Reading: Equatable {
        var conclusion: Conclusion
        var sweeping = false

        /// Whether this conclusion is the wrong one where the law leads to `expected`. Where the acts differ, only a
        /// conclusion that treats them all alike is wrong ("Lawful within Sinaloa…" may be the first half).
        func contradicts(_ expected: Conclusion) -> Bool {
            switch expected {
            case .mixed: sweeping && conclusion != .mixed
            case .lawful, .unlawful: conclusion != .mixed && conclusion != expected
            }
        }
    }

    /// What the answer concludes, or nil where a reader finds no verdict: after its last "conclusion", else in its
    /// opening words, before the first comma or colon.
    static func reading(_ words: [String]) -> Reading? {
        if let last = words.lastIndex(where: { $0 == "conclusion" || $0 == "conclude" || $0 == "concludes" }) {
            return verdict(in: words[(last + 1)...])
        }
        // "All of them are lawful": an opening quantifier puts the verdict a word or two further on.
        return verdict(in: words.prefix(quantifiers.contains(words.first ?? "") ? 6 : 4))
    }

    /// The first verdict word of a stretch of words up to its first break, a negation before it turning it round
    /// ("not lawful"), as do "none" or "neither" ("none of it is lawful"); "only" or "some" before it makes the
    /// verdict a mixed one.
    private static func verdict(in words: ArraySlice<String>) -> Reading? {
        var negated = false, sweeping = false, some = false
        // The break right after "Conclusion:" opens the stretch; the next one ends it.
        for word in words.drop(while: { $0.hasPrefix(TextNormalizer.boundary) }).prefix(8) {
            if word.hasPrefix(TextNormalizer.boundary) || word == TextNormalizer.pause { break }
            if lawful.contains(word) || unlawful.contains(word) {
                if some { return Reading(conclusion: .mixed) }
                return Reading(conclusion: lawful.contains(word) != negated ? .lawful : .unlawful, sweeping: sweeping)
            }
            if word == "not" || word == "never" { negated.toggle() }
            if word == "none" || word == "neither" { negated.toggle(); sweeping = true }
            if every.contains(word) { sweeping = true }
            if word == "only" || word == "some" { some = true }
        }
        return nil
    }

    private static let lawful: Set<String> = ["lawful", "legal", "yes", "permitted", "permissible", "allowed", "justified", "legit"]
    private static let unlawful: Set<String> = ["unlawful", "illegal", "no", "prohibited", "impermissible", "banned", "unjustified", "illegitimate"]
    private static let every: Set<String> = ["all", "every", "everything", "both"]
    /// Words that may open a conclusion about several acts.
    private static let quantifiers = every.union(["none", "neither", "only", "some"])
}
