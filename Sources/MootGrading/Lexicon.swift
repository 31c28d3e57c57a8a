import MootModel

/// What the course's own wordings gain from the field's lexical resources (WordNet): the English words typo
/// correction must leave alone, and close synonyms, derivationally related forms ("necessary" for "necessity")
/// and irregular verb forms ("lost" for "lose") that widen what a wording matches. Built once per content change
/// and cached (`LexiconCache`); `moot check` reports what it holds.
public struct Lexicon: Codable, Sendable, Equatable {
    /// The rules below, numbered: a cache built by other rules is rebuilt.
    static let rules = 8
    var rules = Lexicon.rules
    /// Correctly spelled English words, which typo correction leaves alone ("sinking" is not a typo of
    /// "mining"). Kept beside the cache file, not in it.
    public var english = EnglishWords.none
    /// (course word, synonym) pairs: the synonym is read as the course word.
    public var synonyms: [[String]] = []
    /// (course word, antonym) pairs from WordNet, for words of the nodes' titles and texts: an answer that says
    /// the antonym reverses the node (`Reversals`).
    public var antonyms: [[String]] = []
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

    enum CodingKeys: CodingKey { case rules, synonyms, antonyms, collisions, note }

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
        // An irregular verb form reads as its verb where the verb is a course word ("lost" for "losing", whose
        // stems Snowball leaves apart).
        for (form, verb) in wordnet.verbForms.sorted(by: { $0.key < $1.key })
            where form.allSatisfy(\.isLetter) && TextNormalizer.role(form) == nil {
            let own = TextNormalizer.stem(verb), stem = TextNormalizer.stem(form)
            guard stem != own, plain.knows(stem: own) else { continue }
            if plain.knows(stem: stem) { collisions.insert(form); continue }
            targets[form, default: []].insert(own)
        }
        var synonyms: [[String]] = []
        for (synonym, stems) in targets.sorted(by: { $0.key < $1.key }) {
            if stems.count > 1 { collisions.insert(synonym); continue }
            if let word = plain.courseWords.sorted().first(where: { TextNormalizer.stem($0) == stems.first }) {
                synonyms.append([word, synonym])
            }
        }
        var lexicon = Lexicon(english: EnglishWords(hashes: wordnet.wordFormHashes), synonyms: synonyms, collisions: collisions.sorted())
        lexicon.antonyms = antonyms(of: map, wordnet: wordnet)
        return lexicon
    }

    /// The antonyms of the lower-case words of every node's title and text (comparatives read as their adjective:
    /// "cheaper" as "cheap"), leaving out function words and negative-prefix pairs.
    static func antonyms(of map: ArgumentMap, wordnet: WordNet) -> [[String]] {
        // Capitalised words are names ("Foreign Terrorist Organization"), whose words claim nothing.
        var words = Set<String>()
        for node in map.nodes {
            words.formUnion((node.title + " " + node.text).split(whereSeparator: { !$0.isLetter })
                .filter { $0.first?.isLowercase == true }.map { String($0) })
        }
        var pairs: [[String]] = []
        for word in words.sorted() where word.count >= 4 && word.allSatisfy(\.isLetter) && TextNormalizer.role(word) == nil {
            var bases = [word]
            for ending in ["er", "est", "r", "st"] where word.hasSuffix(ending) { bases.append(String(word.dropLast(ending.count))) }
            if word.hasSuffix("ier") { bases.append(String(word.dropLast(3)) + "y") }
            for base in bases where wordnet.senses(of: base, pos: "adj") != nil || base == word {
                for antonym in wordnet.antonyms(of: base) where antonym.count >= 3 && TextNormalizer.role(antonym) == nil
                    && !Reversals.prefixed(base, antonym) && !pairs.contains([word, antonym]) {
                    pairs.append([word, antonym])
                }
            }
        }
        return pairs
    }
}
