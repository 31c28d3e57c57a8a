// Over 300 lines: normalisation is one pipeline (folding, spelling, stemming, negation words) whose tables
// are read together; they stay beside the code that uses them.

/// A word of an answer after folding, spelling normalisation and stemming.
struct Token: Sendable, Equatable {
    var stem: String
    /// Its position among all words of the text, stop words included (for negation scope).
    var position: Int
}

/// Turns free text into comparable tokens: case and accents folded, punctuation dropped, British spelling made
/// American, light stemming, stop words out. Negation words are kept apart, since they flip meaning.
enum TextNormalizer {
    /// Longer answers are cut here, so grading time stays bounded whatever a learner pastes.
    static let maxCharacters = 4_000

    /// The text without leading and trailing white space (Unicode's White_Space), without a trip through Foundation.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    /// Lowercased words with accents removed; digits grouped ("105,000" is one word).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        // The word being read, as UTF-8, and its last letter or digit.
        var current: [UInt8] = []
        var last: Unicode.Scalar?
        // Gathered in one pass (`Array(prefix(_:))` counts the scalars first, then copies them).
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(min(text.utf8.count, maxCharacters))
        for scalar in text.unicodeScalars {
            if scalars.count == maxCharacters { break }
            scalars.append(scalar)
        }
        func flush() {
            guard !current.isEmpty else { return }
            switch String(decoding: current, as: UTF8.self) {
            case "nt": words.append("not")  // didn't → did + nt
            case "cannot": words += ["can", "not"]
            // "non-state", "non state" are one word: "state" alone is another idea, and "no state" another again.
            case let word where words.last == "non" && word.first?.isLetter == true: words[words.count - 1] += word
            // "20th", "2nd": an ordinal is its number.
            case let word where (0x30...0x39).contains(current[0]) && word.count > 2
                && ["st", "nd", "rd", "th"].contains(String(word.suffix(2))) && word.dropLast(2).allSatisfy(\.isNumber):
                words.append(String(word.dropLast(2)))
            case let word: words.append(word)
            }
            current.removeAll(keepingCapacity: true)
            last = nil
        }
        func append(_ scalar: Unicode.Scalar) {
            if scalar.isASCII { current.append(UInt8(truncatingIfNeeded: scalar.value)) } else { current.append(contentsOf: UTF8.encode(scalar)!) }
            last = scalar
        }
        for (index, scalar) in scalars.enumerated() {
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            switch scalar {
            case ",":
                if let last, last.properties.numericType != nil, next?.properties.numericType != nil {
                    continue  // 105,000 → 105000
                }
                flush()
                if words.last != boundary && words.last != questionMark && words.last != pause { words.append(pause) }
            case "'", "’":
                // didn't → did + nt; Esper's → esper + s (a stop word)
                if last == "n" && next == "t" {
                    current.removeLast()
                    flush()
                    append("n")
                } else {
                    flush()
                }
            case "?":
                flush()
                if words.last == boundary { words.removeLast() }
                if words.last != questionMark { words.append(questionMark) }
            // "X = Y" says X equals Y, and "X != Y" or "X ≠ Y" that it does not.
            case "=":
                flush()
                words.append("equals")
            case "≠":
                flush()
                words += ["not", "equals"]
            // "Columbus + Glen Springs": a plus between words joins them, as "and" does ("100k+" is a figure's).
            case "+":
                let before = current.first ?? words.last?.utf8.first
                flush()
                if let before, (0x61...0x7a).contains(before),
                   scalars[(index + 1)...].first(where: { $0 != " " })?.properties.isAlphabetic == true {
                    words.append("and")
                }
            case "!" where next == "=":
                flush()
                words.append("not")
            case ".", ";", ":", "!":
                if scalar == "." && Self.isDecimalPoint(scalars, index) {
                    // "art 2.4" is Article 2(4): after an article, the dot parts its paragraph from its number.
                    if let previous = words.last, Self.articles.contains(previous) { flush() }
                    continue
                }
                // "U.S.", "e.g.": a dot after a single letter that another letter follows or precedes so is an
                // abbreviation, not the end of a sentence.
                if scalar == "." && current.count == 1 && (next.map { $0.properties.isAlphabetic } ?? false
                    || index >= 2 && scalars[index - 2] == ".") {
                    flush()
                    continue
                }
                flush()
                if words.last != boundary && words.last != questionMark { words.append(boundary) }
            case "-", "–", "—":
                flush()
                // "No – the attack is over": a verdict word the answer opens with answers the question; its
                // negation is no part of the clause the dash introduces.
                if words.count == 1, Self.verdicts.contains(words[0]) { words.append(pause) }
            case "A"..."Z":
                append(Unicode.Scalar(UInt8(ascii: scalar) | 0x20))
            case "a"..."z", "0"..."9":
                append(scalar)
            case _ where scalar.isASCII:
                flush()
            default:
                for folded in fold(scalar) {
                    if folded.properties.isAlphabetic || folded.properties.numericType != nil {
                        append(folded)
                    } else {
                        flush()
                    }
                }
            }
        }
        flush()
        return words
    }

    /// Words that open an answer with its verdict ("No – …", "Yes – …").
    static let verdicts: Set<String> = ["no", "yes", "nope", "yeah", "yep", "nah"]

    /// Marks the end of a sentence or clause (". ; : ! ?") among the words.
    static let boundary = "|"
    /// The end of a question ("Is it new?"): a clause that asks, not one that asserts.
    static let questionMark = "|?"
    /// Marks a comma: a negation before it does not reach the words after it.
    static let pause = ","

    private static let articles: Set<String> = ["art", "arts", "article", "articles"]

    private static func isDecimalPoint(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        index > 0 && index + 1 < scalars.count && scalars[index - 1].properties.numericType != nil
            && scalars[index + 1].properties.numericType != nil
    }

    /// Lowercase and strip accents: "Cártel" → "cartel".
    static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if scalar.isASCII {
            return [Unicode.Scalar(UInt8(ascii: scalar) | (scalar.properties.isUppercase ? 0x20 : 0))]
        }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        return decomposed.filter { $0.properties.generalCategory != .nonspacingMark }
            .flatMap { $0.properties.lowercaseMapping.unicodeScalars }
    }

    /// Content tokens and the positions of negation words.
    ///
    /// `correct` may replace an unknown word (a typo) before it is classified, so "incorect" still negates.
    /// Negations joined only by "or"/"and"/"nor" count once: "cannot or will not" is one negation, while
    /// "did not lack" is two.
    /// A negation right before a verb of addressing ("never deals with X", "does not mention X") is about the
    /// article's silence, not a denial of X, and is dropped.
    static func analyse(_ text: String) -> (tokens: [Token], negations: [Int]) { analyse(words: words(text)) }

    /// The same, for words already folded.
    static func analyse(words: [String]) -> (tokens: [Token], negations: [Int]) {
        let (stems, negations) = analyse(words: words, readings: words.map { word in
            let role = role(word)
            switch role {
            case .negatedForm(let base)?: return (role, stem(base))
            case nil, .addressing?: return (role, stem(word))
            default: return (role, "")
            }
        })
        return (stems.map { Token(stem: $0.stem, position: $0.position) }, negations)
    }

    /// As `analyse(_:)`, on words already split and read: each word's role (after any typo correction) and the
    /// stem of its content, in whatever form the caller compares stems.
    static func analyse<Stem>(words: [String], readings: [(role: Role?, stem: Stem)])
        -> (tokens: [(stem: Stem, position: Int)], negations: [Int]) {
        var tokens: [(stem: Stem, position: Int)] = []
        var negations: [Int] = []
        var coordinatedSinceNegation = false
        func negate(at position: Int) {
            if let last = negations.last, coordinatedSinceNegation, position - last <= 4 { return }
            negations.append(position)
            coordinatedSinceNegation = false
        }
        for (position, reading) in readings.enumerated() {
            let word = words[position]
            if word == "or" || word == "and" || word == "nor" { coordinatedSinceNegation = !negations.isEmpty }
            // "X rather than Y", "X instead of Y", "short of Y": what follows is denied.
            if position > 0, (word == "than" && words[position - 1] == "rather")
                || (word == "of" && (words[position - 1] == "instead" || words[position - 1] == "short")) {
                negate(at: position)
            }
            switch reading.role {
            case .negation?:
                // "never deals with X": the negation is about the article's silence, not a denial of X. "fails its
                // duty", "failed in its duty": a breach, not a denial of the duty ("fails to stop" denies).
                if !readings[(position + 1)...].prefix(2).contains(where: { $0.role == .addressing }),
                   !(failing.contains(word) && position + 1 < words.count && failedObject.contains(words[position + 1])) {
                    negate(at: position)
                }
            case .negatedForm?:
                negate(at: position)
                tokens.append((reading.stem, position))
            case .stop?, .marker?:
                break
            case nil, .addressing?:
                tokens.append((reading.stem, position))
            }
        }
        return (tokens, negations)
    }

    /// What a word does in a sentence, for the words that are more than content.
    enum Role: Equatable, Sendable {
        case stop, negation, negatedForm(String), addressing, marker
    }

    static func role(_ word: String) -> Role? { roles[word] }

    /// Every special word with its role, looked up once per word (a negation outranks a stop word).
    private static let roles: [String: Role] = {
        var roles: [String: Role] = [:]
        for word in addressingVerbs { roles[word] = .addressing }
        for word in stopWords { roles[word] = .stop }
        for (word, base) in negatedForms { roles[word] = .negatedForm(base) }
        for word in negationWords { roles[word] = .negation }
        roles[boundary] = .marker
        roles[questionMark] = .marker
        roles[pause] = .marker
        return roles
    }()

    /// Every word with a role: the recognizer reads them all into its lexicon in advance.
    static var specialWords: Dictionary<String, Role>.Keys { roles.keys }

    /// Words the normalizer treats specially, which typo correction must leave alone.
    static func isKnown(_ word: String) -> Bool {
        (roles[word].map { $0 != .addressing } ?? false) || word.first?.isNumber == true
    }

    /// Negation words and words with a built-in negation, for correcting typos in them. Fragments such as "don"
    /// or "isn" are left out: "done" must not become a negation.
    static let negatingVocabulary: [String] = (Array(negationWords) + Array(negatedForms.keys)).filter { $0.count >= 5 }

    /// The stem of one folded word: spelling made American, the course's irregular forms, then Snowball (Porter2).
    static func stem(_ word: String) -> String {
        var word = americanSpelling[word] ?? word
        // Read on bytes for an ASCII word, the common case; on characters otherwise.
        let utf8 = word.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) ? utf8.count <= 3 || (0x30...0x39).contains(utf8.first!) : word.count <= 3 || word.first!.isNumber {
            return word
        }
        word = britishIse(word)
        word = irregularStems[word] ?? word
        // A form the table maps to itself ("lawful", "unable") is final: Snowball would fold it into another word.
        if irregularStems[word] == word { return word }
        return Snowball.english.stem(word)
    }

    /// "authorise(d|s)", "organisation" → the -ize spelling.
    private static func britishIse(_ word: String) -> String {
        guard word.utf8.count > 5, word.utf8.contains(UInt8(ascii: "i")) else { return word }
        for ending in iseEndings where word.hasSuffix(ending) {
            let base = String(word.dropLast(ending.count))
            if iseStems.contains(base) { return base + "iz" + ending.dropFirst(2) }
        }
        return word
    }

    private static let iseEndings = ["isation", "isations", "ised", "ises", "ising", "ise"]

    private static let iseStems: Set<String> = [
        "author", "organ", "recogn", "critic", "legitim", "character", "neutral", "jeopard", "real", "util",
        "apolog", "emphas", "minim", "maxim", "prior", "militar", "mobil", "subsid", "categor", "summar",
        "standard", "normal", "stabil", "central", "legal", "civil", "special", "symbol",
    ]


    /// The words the spelling tables rewrite before Snowball sees them.
    static var rewrittenWords: [String] { Array(irregularStems.keys) + Array(americanSpelling.keys) }

    private static let irregularStems: [String: String] = [
        "killed": "kill", "deaths": "death", "died": "die", "dies": "die", "dead": "death", "dying": "die",
        "sold": "sell", "selling": "sell", "sells": "sell", "sale": "sell", "sales": "sell",
        "internal": "internal", "internally": "internal",  // not "international", which Snowball folds it into
        "laws": "law", "lawful": "lawful", "unlawful": "unlawful", "lawfully": "lawful", "legally": "legal",
        "legality": "legal", "attacks": "attack", "attacking": "attack", "attacked": "attack",
        "forces": "force", "forced": "force", "strikes": "strike", "striking": "strike", "struck": "strike",
        "states": "state", "stated": "state", "nations": "nation", "men": "man", "women": "woman",
        "children": "child", "people": "people", "armed": "arm", "arms": "arm", "unable": "unable",
        "unwilling": "unwilling", "united": "united", "consented": "consent", "consenting": "consent",
        "treaties": "treaty", "precedents": "precedent", "cartels": "cartel", "authorities": "authority",
        "authorized": "authorize", "authorizes": "authorize", "authorizing": "authorize",
        "authorization": "authorize", "authorizations": "authorize", "threats": "threat", "threatened": "threat",
        "threatening": "threat", "threaten": "threat", "threatens": "threat",
    ]

    static let americanSpelling: [String: String] = [
        "defence": "defense", "defences": "defense", "offence": "offense", "offences": "offense",
        "licence": "license", "pretence": "pretense", "favour": "favor", "favours": "favor", "behaviour": "behavior",
        "labour": "labor", "honour": "honor", "neighbour": "neighbor", "neighbours": "neighbor",
        "neighbouring": "neighbor", "centre": "center", "programme": "program", "judgement": "judgment",
        "analyse": "analyze", "paralyse": "paralyze", "travelled": "traveled", "counselled": "counseled",
        "fulfil": "fulfill", "enrol": "enroll", "manoeuvre": "maneuver", "rumour": "rumor", "vigour": "vigor",
        "armour": "armor", "endeavour": "endeavor", "colour": "color", "harbour": "harbor", "gaol": "jail",
        "kerb": "curb", "grey": "gray", "sceptical": "skeptical", "whilst": "while", "amongst": "among",
    ]

    /// Words that carry their own negation: "unlawful" is read as "not lawful".
    static let negatedForms: [String: String] = [
        "unlawful": "lawful", "illegal": "legal", "illegally": "legal", "unjustified": "justified",
        "unauthorized": "authorized", "unauthorised": "authorized", "illegitimate": "legitimate",
        "unnecessary": "necessary", "disproportionate": "proportionate", "incorrect": "correct", "wrong": "correct",
        "unsupported": "supported", "invalid": "valid", "inapplicable": "applicable", "unimportant": "important",
        "unrelated": "related", "irrelevant": "relevant", "disagree": "agree", "disagrees": "agree",
        "disagreed": "agree", "opposes": "support", "opposed": "support", "oppose": "support",
    ]

    /// Verbs that say whether a text deals with something.
    static let addressingVerbs: Set<String> = [
        "address", "addresses", "addressed", "deal", "deals", "dealt", "discuss", "discusses", "discussed", "mention",
        "mentions", "mentioned", "answer", "answers", "answered", "consider", "considers", "considered", "engage",
        "engages", "respond", "responds", "apply", "applies", "applied", "cite", "cites", "cited", "rebut", "rebuts",
        "tackle", "tackles", "examine", "examines", "explain", "explains", "raise", "raises",
    ]

    /// Words that open a new clause; a negation before them does not reach the words after.
    static let clauseBoundaries: Set<String> = [
        "but", "however", "although", "though", "whereas", "yet", "while", "whilst", "nevertheless", "nonetheless",
        "instead", "because", "since", "so", "therefore", "thus", boundary, questionMark,
    ]

    /// "fail" and the words that, right after it, open its object: what it fails is breached, not denied.
    static let failing: Set<String> = ["fail", "fails", "failed", "failing"]
    static let failedObject: Set<String> = ["in", "its", "their", "his", "her", "the", "a", "an", "this", "that", "our"]

    /// Function words a dictionary of content words (WordNet) leaves out: real English all the same, so typo
    /// correction must leave them alone ("during" is not a slip for "doing", nor "whether" for "weather").
    static let functionWords: Set<String> = [
        "during", "among", "amongst", "against", "toward", "towards", "whether", "unless", "until", "whereas",
        "whereby", "beside", "amid", "amidst", "versus", "vs", "lest", "whilst", "unto", "ought", "everyone",
        "everybody", "anyone", "anybody", "anything", "something", "everything", "whoever", "whichever", "whenever",
        "hers", "ours", "yours", "theirs", "myself", "yourself", "himself", "herself", "ourselves", "yourselves",
    ]

    /// Words that reverse what they scope over.
    static let negationWords: Set<String> = [
        "not", "no", "never", "neither", "nor", "without", "none", "nothing", "cannot", "didn", "doesn", "don",
        "isn", "wasn", "aren", "weren", "hasn", "haven", "hadn", "wouldn", "couldn", "shouldn", "won",
        "nobody", "absent", "absence", "deny", "denies", "denied", "denying", "reject", "rejects", "rejected",
        "fail", "fails", "failed", "insufficient", "isnt", "dont", "doesnt", "didnt", "wont", "cant", "wasnt",
        "arent", "werent", "hasnt", "havent", "hadnt", "couldnt", "wouldnt", "shouldnt", "aint", "lack", "lacks", "lacked",
        "lacking", "below",
    ]

    /// Each negation word's stem, read once: a wording's own negating words are compared by stem ("rejects" for
    /// "rejected") without stemming on the hot path.
    static let negationStems: [String: String] = Dictionary(uniqueKeysWithValues: negationWords.map { ($0, stem($0)) })

    static let stopWords: Set<String> = [
        // A yes answers the question's yes-or-no part: sentence structure, like "no", not a key word.
        "yes", "yeah", "yep", "yup",
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "into", "onto", "and", "or",
        "as", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "this", "that", "these",
        "those", "there", "their", "they", "them", "he", "she", "his", "her", "him", "we", "our", "you", "your",
        "i", "me", "my", "has", "have", "had", "do", "does", "did", "so", "such", "than", "then", "which", "who",
        "whom", "whose", "what", "when", "where", "how", "why", "about", "also", "just", "very", "would", "could",
        "should", "will", "shall", "can", "may", "might", "must", "some", "any", "each", "own", "other", "s",
        "t", "re", "ll", "ve", "d", "m", "itself", "themselves", "because", "since", "if", "but", "yet", "though",
        "although", "while", "both", "either", "all", "more", "most", "much", "many", "being", "said", "says",
        "say", "argue", "argues", "argued", "claim", "claims", "author", "pedrozo", "article", "think", "thinks",
        "believe", "believes", "means", "mean", "really", "actually", "basically", "simply", "like", "thing",
        "things", "one", "ones", "way", "onto", "upon", "via", "per", "us", "u", "alone", "merely", "clearly",
        "essentially", "de", "del", "la", "las", "los", "el", "y",
    ]
}
