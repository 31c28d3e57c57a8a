import MootModel

/// Reading an answer into what matching needs: its words after shorthand and the glossary's plain words, each
/// word's role and stem (typos corrected towards the course's words), its negations and its clauses.
extension NodeRecognizer {
    /// How a folded word of an answer reads, after any typo correction.
    struct Lexeme: Sendable {
        var role: TextNormalizer.Role?
        /// The number of its stem, if the map's wordings use that stem.
        var stem: Int?
        /// Whether the word as written opens a clause ("but", "however", ".") or pauses one (",", "and", "or").
        var opensClause = false
        var pauses = false
    }

    /// Reads an answer: tokens, negations, clause breaks, and typos corrected to the nearest word the map knows.
    func analyse(_ text: String, context: QuestionContext = .none) -> Analysis {
        let words = rewriter.apply(Shorthand.expand(TextNormalizer.words(text)))
        // Words outside the lexicon are read once each, however often they recur.
        var unknown: [String: Lexeme] = [:]
        var lexemes = words.map { word in
            if let lexeme = lexicon[word] ?? unknown[word] { return lexeme }
            let lexeme = reading(of: word, preferring: context.key)
            unknown[word] = lexeme
            return lexeme
        }
        // An English word the map does not know is a slip for a course word only where its neighbour says so.
        for (index, word) in words.enumerated() where lexemes[index].stem == nil && lexemes[index].role == nil
            && TypoCorrector.allowedEdits(word.utf8.count) > 0 {
            // Only a content-word neighbour that some wording pairs with a word can make this one a slip ("the",
            // "of" say nothing); most have none.
            let partners = (index > 0 && lexemes[index - 1].role == nil ? followers[words[index - 1]] ?? [] : [])
                + (index + 1 < words.count && lexemes[index + 1].role == nil ? leaders[words[index + 1]] ?? [] : [])
            guard !partners.isEmpty, english.contains(word) else { continue }
            // A real word is a slip of one letter at most ("crux" for "cruz"), never of two ("source" for "force"),
            // and the correction can land on a partner only if one is that near: most English words have none, and
            // then the search of the whole vocabulary is skipped.
            guard corrector.mayCorrect(word, toOneOf: partners, within: 1),
                  let corrected = corrector.nearest(word, within: 1)?.word, corrected != word else { continue }
            if partners.contains(corrected) {
                lexemes[index] = reading(of: corrected)
            }
        }
        let (tokens, negations) = TextNormalizer.analyse(words: words, readings: lexemes.map { ($0.role, $0.stem) })
        let boundaries = lexemes.indices.filter { lexemes[$0].opensClause && !Self.isTemporalWhile(at: $0, in: words) }
        var stems: [Int: [Int]] = [:]
        var whole = Clause(range: 0...Int.max)
        var clauses: [Clause] = []
        var clauseEnd = -1, nextBoundary = boundaries.startIndex
        for token in tokens {
            guard let number = token.stem else { continue }
            stems[number, default: []].append(token.position)
            whole.add(number)
            while nextBoundary < boundaries.endIndex && boundaries[nextBoundary] < token.position { nextBoundary += 1 }
            // A clause-opening word with content ("however", "instead") belongs to no clause.
            if nextBoundary < boundaries.endIndex && boundaries[nextBoundary] == token.position { continue }
            if token.position > clauseEnd {
                let start = nextBoundary == boundaries.startIndex ? 0 : boundaries[nextBoundary - 1] + 1
                clauseEnd = nextBoundary < boundaries.endIndex ? boundaries[nextBoundary] - 1 : Int.max
                clauses.append(Clause(range: start...clauseEnd))
            }
            clauses[clauses.count - 1].add(number)
        }
        let markers = lexemes.filter { $0.role == .marker }.count
        // "opposes" yields a content word and a negation: it is sentence structure too.
        let negatedForms = lexemes.filter { if case .negatedForm? = $0.role { true } else { false } }.count
        return Analysis(stems: stems, negations: negations, boundaries: boundaries,
                        pauses: lexemes.indices.filter { lexemes[$0].pauses },
                        contentWords: tokens.count, functionWords: words.count - tokens.count - markers + negatedForms,
                        words: words, context: context, clauses: boundaries.isEmpty ? [whole] : clauses, whole: whole)
    }

    /// "While" that says when, not "whereas": "returning fire while it lasts", "while the attack goes on". It
    /// opens no contrast, so the point it finishes is one clause.
    static func isTemporalWhile(at index: Int, in words: [String]) -> Bool {
        words[index] == "while" && words[(index + 1)..<min(words.count, index + 5)].contains(where: continuing.contains)
    }

    private static let continuing: Set<String> = [
        "lasts", "last", "continues", "continue", "continuing", "goes", "going", "ongoing", "happening", "underway",
        "progress", "still",
    ]

    /// How one word reads. A word whose stem the map does not know is read as its correction, if it has one; of
    /// corrections equally near, one to a word of the question's key (`key`) wins, as a reader reads a slip in the
    /// light of the question ("totl elimination" is "total", not "toll").
    func reading(of word: String, preferring key: TypoCorrector? = nil) -> Lexeme {
        let role = TextNormalizer.role(word)
        var lexeme = Lexeme(role: role, opensClause: TextNormalizer.clauseBoundaries.contains(word),
                            pauses: word == TextNormalizer.pause || word == "and" || word == "or")
        switch role {
        case .negatedForm(let base)?:
            lexeme.stem = numbers[TextNormalizer.stem(base)]
        case .stop?, .negation?, .marker?:
            break
        case nil, .addressing?:
            let stem = heads.mayKnow(word) ? TextNormalizer.stem(word) : nil
            if let stem, numbers[stem] != nil || word.first?.isNumber == true {
                lexeme.stem = numbers[stem]
            } else if !english.contains(word), case let corrected = correction(of: word, preferring: key), corrected != word {
                let read = reading(of: corrected)
                (lexeme.role, lexeme.stem) = (read.role, read.stem)
            }
        }
        return lexeme
    }

    /// The nearest course word, a key word winning a tie.
    private func correction(of word: String, preferring key: TypoCorrector?) -> String {
        guard let key, let near = key.nearest(word) else { return corrector.correct(word) }
        if near.distance == 0 { return word }
        return corrector.nearest(word, within: near.distance - 1)?.word ?? near.word
    }

    /// The words of a node's wordings that typo correction aims at.
    static func correctionTargets(_ node: ArgumentNode) -> Set<String> {
        var words = Set<String>()
        for text in node.accept.phrases + node.accept.aliases + node.accept.half + node.accept.groups.flatMap({ $0 }) {
            words.formUnion(TextNormalizer.words(text).filter { !TextNormalizer.isKnown($0) || TextNormalizer.negatedForms[$0] != nil })
        }
        return words
    }

    /// A corrector over the words of these nodes' wordings only: a question's key.
    func keyCorrector(for nodes: [ArgumentNode]) -> TypoCorrector {
        TypoCorrector(words: nodes.reduce(into: Set<String>()) { $0.formUnion(Self.correctionTargets($1)) })
    }
}
