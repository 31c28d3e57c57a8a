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

    /// The term or id nearest to `words`, for "did you mean …?" (nil when none is near): as typed, then with the
    /// words of each in alphabetical order, so a slip in a term typed in another order ("unable or unwiling") is
    /// still found.
    public static func suggestion(for words: String, in glossary: [GlossaryEntry]) -> String? {
        let names = glossary.flatMap { [$0.term, $0.id] }
        if let near = Suggestion.nearest(to: words.lowercased(), in: names) { return near }
        func sorted(_ text: String) -> String { TextNormalizer.words(text).sorted().joined(separator: " ") }
        let byWords = Dictionary(glossary.map { (sorted($0.term), $0.term) }, uniquingKeysWith: { first, _ in first })
        return Suggestion.nearest(to: sorted(words), in: byWords.keys.sorted()).flatMap { byWords[$0] }
    }

    /// The stems of a phrase's words, sorted: word order and endings aside.
    static func stems(_ text: String) -> [String] {
        TextNormalizer.words(text).map(TextNormalizer.stem).sorted()
    }
}
