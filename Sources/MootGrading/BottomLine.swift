/// The conclusion an application answer states: "Lawful: …", "No — …", "… Conclusion: unlawful reprisal."
enum BottomLine {
    /// Whether the answer concludes the act is lawful (true), unlawful (false), or says neither where a reader
    /// looks for it: after its last "conclusion", else in its opening words, before the first comma or colon.
    static func reading(_ words: [String]) -> Bool? {
        if let last = words.lastIndex(where: { $0 == "conclusion" || $0 == "conclude" || $0 == "concludes" }) {
            return verdict(in: words[(last + 1)...])
        }
        return verdict(in: words.prefix(4))
    }

    /// The first verdict word of a stretch of words up to its first break, a negation before it turning it round
    /// ("not lawful").
    private static func verdict(in words: ArraySlice<String>) -> Bool? {
        var negated = false
        // The break right after "Conclusion:" opens the stretch; the next one ends it.
        for word in words.drop(while: { $0.hasPrefix(TextNormalizer.boundary) }).prefix(8) {
            if word.hasPrefix(TextNormalizer.boundary) || word == TextNormalizer.pause { break }
            if lawful.contains(word) { return !negated }
            if unlawful.contains(word) { return negated }
            if word == "not" || word == "never" { negated = true }
        }
        return nil
    }

    private static let lawful: Set<String> = ["lawful", "legal", "yes", "permitted", "permissible", "allowed", "justified", "legit"]
    private static let unlawful: Set<String> = ["unlawful", "illegal", "no", "prohibited", "impermissible", "banned", "unjustified", "illegitimate"]
}
