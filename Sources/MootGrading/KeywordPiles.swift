/// Answers shaped as a list of names and terms rather than a sentence: what the keyword-pile rule reads.
extension FreeTextGrader {
    /// A list of names and terms ("Article 51, Nicaragua, scale and effects, Corn, fentanyl"): four or more items
    /// of at most four words each, and no verb that would make a sentence of them.
    static func isList(_ answer: String) -> Bool {
        // Four items need three separators: most answers have fewer, and are settled without splitting.
        var separators = 0
        for byte in answer.utf8 where byte == 0x2C || byte == 0x3B || byte == 0x2F {
            separators += 1
            if separators == 3 { break }
        }
        guard separators == 3 else { return false }
        // Item by item, stopping at the first of more than four words (a sentence): the rest need not be read.
        var items: [[String]] = []
        var rest = answer[...]
        while !rest.isEmpty {
            let end = rest.firstIndex { $0 == "," || $0 == ";" || $0 == "/" } ?? rest.endIndex
            // Each run of letters or digits is at least one word: more than four is a sentence, whatever its words.
            if Self.runs(rest[..<end].utf8) > 4 { return false }
            let words = TextNormalizer.words(String(rest[..<end]))
            if words.count > 4 { return false }
            if !words.isEmpty { items.append(words) }
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
        }
        guard items.count >= 4 else { return false }
        return items.joined().allSatisfy { !sentenceVerbs.contains($0) }
    }

    /// How many runs of ASCII letters and digits, or of other scalars' bytes, the text has: a cheap lower bound on
    /// its words.
    private static func runs(_ bytes: Substring.UTF8View) -> Int {
        var count = 0, inside = false
        for byte in bytes {
            let letter = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80
            if letter && !inside { count += 1 }
            inside = letter
        }
        return count
    }

    static let sentenceVerbs: Set<String> = [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "does", "do", "did", "can", "could", "would",
        "should", "must", "may", "might", "will", "says", "said", "argues", "means", "shows", "needs", "makes",
    ]

    /// Terse words that make one phrase, not a pile: a case citation ("UK v Albania"), a provision cited by its
    /// number ("art 2(4) un charter"), a word-joining shorthand ("near war w/ Mexico"), a preposition the map's
    /// wordings use as a content word ("rules *under* human rights law") or an adverb that modifies its neighbour
    /// ("chiefly illicitly manufactured fentanyl"), or a verb's -ing form that opens it ("blowing up suspected
    /// drug boats").
    static func isPhrase(_ words: [String]) -> Bool {
        words.indices.contains { index in
            let word = words[index]
            return phraseJoiners.contains(word) || word.count >= 6 && word.hasSuffix("ly")
                || index == 0 && word.count >= 6 && word.hasSuffix("ing")
                || provisionWords.contains(word) && index + 1 < words.count && words[index + 1].first?.isNumber == true
        }
    }

    /// Two or three terms joined by a slash, a dash or brackets, with no comma ("human rights law / law
    /// enforcement", "IHRL (law-enforcement paradigm)"): one thing named twice, not a pile.
    static func isGlossed(_ answer: String) -> Bool {
        guard !answer.contains(",") else { return false }
        let joins = answer.filter { $0 == "/" || $0 == "(" || $0 == "—" || $0 == "–" }.count + answer.components(separatedBy: " - ").count - 1
        return (1...2).contains(joins)
    }

    static let provisionWords: Set<String> = ["art", "article", "para", "paragraph", "sec", "section", "res", "resolution"]

    static let phraseJoiners: Set<String> = [
        "v", "vs", "versus", "w", "under", "against", "across", "within", "beyond", "below", "above", "between",
        "through", "toward", "towards", "despite",
    ]

    /// An answer made of capitalised words only is a name, not a pile of key words.
    static func isCapitalisedName(_ answer: String) -> Bool {
        let words = answer.split { !$0.isLetter && $0 != "\"" }.filter { $0.count > 2 }
        return words.count >= 2 && words.allSatisfy { $0.first(where: \.isLetter)?.isUppercase ?? false }
    }
}
