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
            let words = TextNormalizer.words(String(rest[..<end]))
            if words.count > 4 { return false }
            if !words.isEmpty { items.append(words) }
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
        }
        guard items.count >= 4 else { return false }
        return items.joined().allSatisfy { !sentenceVerbs.contains($0) }
    }

    static let sentenceVerbs: Set<String> = [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "does", "do", "did", "can", "could", "would",
        "should", "must", "may", "might", "will", "says", "said", "argues", "means", "shows", "needs", "makes",
    ]

    /// An answer made of capitalised words only is a name, not a pile of key words.
    static func isCapitalisedName(_ answer: String) -> Bool {
        let words = answer.split { !$0.isLetter && $0 != "\"" }.filter { $0.count > 2 }
        return words.count >= 2 && words.allSatisfy { $0.first(where: \.isLetter)?.isUppercase ?? false }
    }
}
