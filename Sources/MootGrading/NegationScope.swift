/// Which negations reach a match's words.
extension NodeRecognizer {
    /// The negations that stand among the matched words or a little before them, in the same clause. "rather than",
    /// "instead of" deny only what follows them, never words of the match before them. A negation reaches the
    /// matched words only if one follows it closely: "selling drugs isn't shooting at anyone, there's no actual
    /// force" denies shooting and affirms "no force".
    static func negations(reaching span: ClosedRange<Int>, matched: [Int], in analysis: Analysis) -> Int {
        let clauseStart = analysis.boundaries.last { $0 < span.lowerBound } ?? -1
        let pauseBefore = analysis.pauses.last { $0 < span.lowerBound } ?? -1
        let scope = max(span.lowerBound - 4, clauseStart + 1, pauseBefore + 1)...span.upperBound
        let before = analysis.negations.count { position in scope.contains(position)
            && (!comparatives.contains(analysis.words[position]) || position < span.lowerBound)
            && matched.contains { $0 >= position && $0 <= position + 4 && !opensSubordinate(after: position, before: $0, analysis.words) }
            && (!isAttributive(position, analysis.words) || matched.contains(position))
            && !isAnswerParticle(position, analysis.words) }
        return before + (rejectsAfter(span, in: analysis) || deniedAfter(span, in: analysis)
                         || before == 0 && indifferent(span, in: analysis) ? 1 : 0)
    }

    /// "… any armed group, state or not", "… regardless of a state": the match's last word made indifferent, which
    /// denies that it is needed ("not able or not willing" is no such thing: "or not" must close its clause).
    private static func indifferent(_ span: ClosedRange<Int>, in analysis: Analysis) -> Bool {
        let words = analysis.words, last = span.upperBound, next = last + 1
        var of = last - 1
        if of >= 0, determiners.contains(words[of]) { of -= 1 }
        if of >= 1, words[of] == "of", words[of - 1] == "regardless" || words[of - 1] == "irrespective" { return true }
        guard next + 1 < words.count, words[next] == "or", words[next + 1] == "not" else { return false }
        return next + 2 == words.count || words[next + 2] == TextNormalizer.boundary || words[next + 2] == TextNormalizer.pause
    }

    /// "… and selling drugs isn't one": a denial right after the match, of "one", the thing named before.
    private static func deniedAfter(_ span: ClosedRange<Int>, in analysis: Analysis) -> Bool {
        let words = analysis.words
        var next = span.upperBound + 1
        if next < words.count, copulas.contains(words[next]) { next += 1 }
        guard next + 1 < words.count, analysis.negations.contains(next), words[next + 1] == "one" || words[next + 1] == "ones"
        else { return false }
        return !analysis.boundaries.contains { $0 > span.upperBound && $0 <= next + 1 }
    }

    /// A verb of rejecting right after the match, with no object but "it" or "that": "Mexico rejects it" says the
    /// match's words reject the question's subject.
    private static func rejectsAfter(_ span: ClosedRange<Int>, in analysis: Analysis) -> Bool {
        let words = analysis.words, next = span.upperBound + 1
        guard next < words.count, rejecting.contains(words[next]), !analysis.boundaries.contains(next) else { return false }
        return next + 1 == words.count || rejectedObjects.contains(words[next + 1])
            || analysis.boundaries.contains(next + 1)
    }

    /// "No" answering the question before a sentence of its own ("No its a reprisal", "no, it was…"): it denies
    /// what was asked, not the words that follow.
    private static func isAnswerParticle(_ position: Int, _ words: [String]) -> Bool {
        words[position] == "no" && position + 1 < words.count && (position == 0 || words[position - 1] == TextNormalizer.boundary)
            && subjects.contains(words[position + 1])
    }

    private static let determiners: Set<String> = ["a", "an", "the", "any"]

    private static let subjects: Set<String> = [
        "it", "its", "thats", "that", "this", "they", "theyre", "he", "hes", "she", "shes", "we", "i", "there", "theres", "the",
    ]

    /// Whether the span is a condition its clause sets ("self-defence *needs* an attack by Mexico", "lawful only
    /// *if* Mexico is unable"): what a rule requires, not what the answer asserts of the facts.
    static func isCondition(_ span: ClosedRange<Int>, in analysis: Analysis) -> Bool {
        let clauseStart = analysis.boundaries.last { $0 < span.lowerBound } ?? -1
        return analysis.words[(clauseStart + 1)..<span.lowerBound].contains(where: conditions.contains)
    }

    private static let conditions: Set<String> = ["needs", "need", "requires", "require", "required", "if", "unless", "must", "whether"]

    /// The last words of "rather than", "instead of": they deny only what follows them.
    private static let comparatives: Set<String> = ["than", "of"]

    /// What may follow a verb of rejecting for it to reject the question's subject.
    private static let rejectedObjects: Set<String> = ["it", "that", "this", "them", TextNormalizer.boundary]

    private static let rejecting: Set<String> = [
        "rejects", "rejected", "reject", "denies", "denied", "deny", "opposes", "opposed", "oppose", "refuses",
        "refused", "disputes", "disputed",
    ]

    /// "illegal", "unlawful" before its noun: a word that denies only itself. "a flow of illegal drugs" says
    /// nothing against the drug flow's wording; said of something ("strikes would be illegal without consent") it
    /// denies the clause, as "not" does.
    private static func isAttributive(_ position: Int, _ words: [String]) -> Bool {
        guard case .negatedForm? = TextNormalizer.role(words[position]) else { return false }
        return !words[max(0, position - 2)..<position].contains(where: copulas.contains)
    }

    static let copulas: Set<String> = ["be", "is", "are", "was", "were", "been", "being", "remain", "remains", "seem", "seems"]

    /// Whether a subordinate clause opens between a negation and a word ("not a reprisal *if* the attack is
    /// continuing"): the negation denies the main clause, not the condition or reason after it.
    private static func opensSubordinate(after negation: Int, before word: Int, _ words: [String]) -> Bool {
        negation + 1 < word && words[(negation + 1)..<word].contains(where: subordinators.contains)
    }

    static let subordinators: Set<String> = ["if", "when", "whenever", "while", "because", "since", "unless", "although", "though", "once"]

    /// Whether "not about" reaches the span ("it wasn't about legal authority"): the answer denies the topic,
    /// whichever way the wording puts it, so a negative wording ("no legal authority") is denied too.
    static func deniesTopic(_ span: ClosedRange<Int>, in analysis: Analysis) -> Bool {
        let clauseStart = analysis.boundaries.last { $0 < span.lowerBound } ?? -1
        return analysis.negations.contains { position in
            position > clauseStart && position < span.lowerBound && position >= span.lowerBound - 4
                && position + 1 < analysis.words.count && topicWords.contains(analysis.words[position + 1])
        }
    }

    static let topicWords: Set<String> = ["about", "concerning", "regarding"]

    /// The last occurrence of a matched word after the span, in the same clause, that a negation after the span
    /// closely precedes: where the same words are said again, negated.
    static func laterOccurrence(after span: ClosedRange<Int>, matched: [Int], in analysis: Analysis) -> Int? {
        let clauseEnd = analysis.boundaries.first { $0 > span.upperBound } ?? Int.max
        return matched.filter { position in
            position > span.upperBound && position < clauseEnd
                && analysis.negations.contains { $0 > span.upperBound && $0 < position && position <= $0 + 4 }
        }.max()
    }
}
