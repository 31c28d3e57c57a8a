import MootModel

/// What the course's own wordings gain from the field's lexical resources (WordNet): the English words typo
/// correction must leave alone, and close synonyms and derivationally related forms ("necessary" for
/// "necessity") that widen what a wording matches. Built once per content
/// change and cached (`LexiconCache`); `moot check` reports what it holds.
public struct Lexicon: Codable, Sendable, Equatable {
    /// The rules below, numbered: a cache built by other rules is rebuilt.
    static let rules = 4
    var rules = Lexicon.rules
    /// Correctly spelled English words, which typo correction leaves alone ("sinking" is not a typo of
    /// "mining"). Kept beside the cache file, not in it.
    public var english = EnglishWords.none
    /// (course word, synonym) pairs: the synonym is read as the course word.
    public var synonyms: [[String]] = []
    /// Synonyms left out because they are course words already, or close to two course words: adding them would
    /// merge two words the map keeps apart, so two nodes' keys could collide.
    public var collisions: [String] = []
    /// Set when no lexical resource could be read: why, and that grading uses the course's own words only.
    public var note: String?

    /// The course's own vocabulary only.
    public static let courseOnly = Lexicon()

    public init(english: EnglishWords = .none, synonyms: [[String]] = [], collisions: [String] = [], note: String? = nil) {
        (self.english, self.synonyms, self.collisions, self.note) = (english, synonyms, collisions, note)
    }

    enum CodingKeys: CodingKey { case rules, synonyms, collisions, note }

    /// Builds the lexicon for `map` from WordNet.
    static func build(map: ArgumentMap, glossary: [GlossaryEntry], wordnet: WordNet) -> Lexicon {
        let plain = NodeRecognizer(map: map, glossary: glossary)
        var targets: [String: Set<String>] = [:]
        var collisions = Set<String>()
        for word in plain.courseWords.sorted() where word.count >= 4 {
            let own = TextNormalizer.stem(word)
            for synonym in wordnet.closeSynonyms(of: word) where TextNormalizer.role(synonym) == nil {
                let stem = TextNormalizer.stem(synonym)
                if stem == own { continue }
                if plain.knows(stem: stem) { collisions.insert(synonym); continue }
                targets[synonym, default: []].insert(own)
            }
            // A derived form that is itself a course word is one idea in two word classes ("necessary",
            // "necessity") when the two share their first five letters and neither is the other plus a suffix
            // Snowball would have stripped if it meant the same ("count", "counter"; "lawful", "lawfulness", whose
            // stem is "law"): read them as one, joined one way only.
            for form in wordnet.derivedForms(of: word) where TextNormalizer.role(form) == nil {
                let stem = TextNormalizer.stem(form)
                if stem == own { continue }
                if plain.knows(stem: stem) {
                    if plain.courseWords.contains(form), word.count >= 5, form.prefix(5) == word.prefix(5),
                       !form.hasPrefix(word), !word.hasPrefix(form) {
                        if word < form { targets[form, default: []].insert(own) }
                    } else {
                        collisions.insert(form)
                    }
                    continue
                }
                targets[form, default: []].insert(own)
            }
        }
        var synonyms: [[String]] = []
        for (synonym, stems) in targets.sorted(by: { $0.key < $1.key }) {
            if stems.count > 1 { collisions.insert(synonym); continue }
            if let word = plain.courseWords.sorted().first(where: { TextNormalizer.stem($0) == stems.first }) {
                synonyms.append([word, synonym])
            }
        }
        return Lexicon(english: EnglishWords(hashes: wordnet.wordFormHashes), synonyms: synonyms, collisions: collisions.sorted())
    }
}
