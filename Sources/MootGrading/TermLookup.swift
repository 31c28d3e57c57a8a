import MootModel
import MootSupport

/// Finding a glossary term from a learner's words (`define`, `moot glossary`): exactly by id, term or plain words
/// first, then by the stems of the words in any order ("scale and effect" is "scale and effects", "effects and
/// scale" too), and, when none matches, the nearest term to suggest.
public enum TermLookup {
    public static func entry(_ words: String, in glossary: [GlossaryEntry]) -> GlossaryEntry? {
        if let exact = glossary.first(where: { $0.matches(words) }) { return exact }
        let wanted = stems(words)
        guard !wanted.isEmpty else { return nil }
        return glossary.first { entry in
            ([entry.term, entry.id.replacingOccurrences(of: "-", with: " ")] + entry.plain).contains { stems($0) == wanted }
        }
    }

    /// The term or id nearest to `words`, for "did you mean …?" (nil when none is near).
    public static func suggestion(for words: String, in glossary: [GlossaryEntry]) -> String? {
        Suggestion.nearest(to: words.lowercased(), in: glossary.flatMap { [$0.term, $0.id] })
    }

    /// The stems of a phrase's words, sorted: word order and endings aside.
    static func stems(_ text: String) -> [String] {
        TextNormalizer.words(text).map(TextNormalizer.stem).sorted()
    }
}
