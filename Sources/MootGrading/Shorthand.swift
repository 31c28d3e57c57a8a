/// The shorthand people type in a hurry, read as the words it stands for: "govt" is "government", "w/o" is
/// "without", "intl" is "international"; and the doubled comparatives of plain English, read as the one word they
/// mean: "more and more" is "increasingly", and "in and of itself" is "alone"; and the months in Spanish. Everyday
/// words, not course vocabulary (that is the glossary's, in YAML).
enum Shorthand {
    /// Folded words with each shorthand replaced by its words; "w/o" arrives as "w", "o".
    static func expand(_ words: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(words.count)
        var index = 0
        while index < words.count {
            let word = words[index]
            // A word whose first letter and length no shorthand, pair opener or idiom has skips the lookups.
            guard shapes.contains(StemSet.shape(of: word)) else {
                out.append(word)
                index += 1
                continue
            }
            // "more and more states", "fewer and fewer": a growing or shrinking number.
            if index + 2 < words.count, words[index + 1] == "and" || words[index + 1] == "n", words[index + 2] == word,
               let trend = trends[word] {
                out.append(trend)
                index += 3
                continue
            }
            // "in and of itself", "by itself": one word, "alone", so a negation before still reaches the verb after
            // ("does not in and of itself authorise").
            if word == "in" || word == "by", let idiom = alone.first(where: { words[index...].starts(with: $0) }) {
                out.append("alone")
                index += idiom.count
                continue
            }
            // Only the first halves of the pairs ("w", "b", "int") open one: other words skip building the key.
            if index + 1 < words.count, pairOpeners.contains(word), let pair = pairs[word + "/" + words[index + 1]] {
                out += pair
                index += 2
                continue
            }
            if let full = single[word] { out += full } else { out.append(word) }
            index += 1
        }
        return out
    }

    private static let single: [String: [String]] = [
        "govt": ["government"], "govts": ["governments"], "gov": ["government"], "intl": ["international"],
        "natl": ["national"], "dept": ["department"], "ops": ["operations"], "ppl": ["people"], "abt": ["about"],
        "bc": ["because"], "cuz": ["because"], "coz": ["because"], "tho": ["though"], "thru": ["through"],
        "yrs": ["years"], "yr": ["year"], "intel": ["intelligence"], "info": ["information"], "approx": ["about"],
        "mil": ["military"], "secy": ["secretary"], "unsc": ["un", "security", "council"],
        "natsec": ["national", "security"], "nsa": ["nonstate", "actor"], "nsas": ["nonstate", "actors"],
        "nsag": ["nonstate", "armed", "group"], "nsags": ["nonstate", "armed", "groups"],
        // The months in Spanish ("20 de febrero de 2025"), as learners whose first language it is write dates.
        "enero": ["january"], "febrero": ["february"], "marzo": ["march"], "abril": ["april"], "mayo": ["may"],
        "junio": ["june"], "julio": ["july"], "agosto": ["august"], "septiembre": ["september"],
        "setiembre": ["september"], "octubre": ["october"], "noviembre": ["november"], "diciembre": ["december"],
    ]

    /// Idioms that mean "alone", longest first.
    private static let alone: [[String]] = [
        ["in", "and", "of", "itself"], ["in", "and", "of", "themselves"], ["in", "itself"], ["in", "themselves"],
        ["by", "itself"], ["by", "themselves"],
    ]

    /// Comparatives that, doubled with "and", say a trend.
    private static let trends: [String: String] = [
        "more": "increasingly", "fewer": "decreasingly", "less": "decreasingly",
    ]

    /// Shorthand typed with a slash, which the word splitter cuts in two.
    private static let pairs: [String: [String]] = [
        "w/o": ["without"], "b/c": ["because"], "int/l": ["international"],
    ]

    /// The shapes (`StemSet.shape`) of every word `expand` looks up, and the words that open a pair.
    private static let shapes = StemSet((Array(single.keys) + pairOpeners + trends.keys + ["in", "by"]).map(StemSet.shape(of:)))
    private static let pairOpeners = Set(pairs.keys.compactMap { $0.split(separator: "/").first.map(String.init) })
}
