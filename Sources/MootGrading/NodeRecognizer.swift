import MootModel

// Over 300 lines: recognition is one concept on the grader's hot path (the course's wordings as numbered stems,
// matching clause by clause, negation scope). Reading an answer into an `Analysis` is in AnswerReading.swift,
// half answers in HalfAnswers.swift, a clause that asks in AskingClauses.swift, a match's span in MatchSpan.swift,
// what a question says in QuestionContext.swift, a wording's parts in Wording.swift, a match in Recognition.swift;
// the typo corrector has its own file.

/// Finds the nodes of the map an answer names, from each node's `accept` wordings.
struct NodeRecognizer: Sendable {
    private var patterns: [Pattern] = []
    /// Per node, each statement wording of three or more requirements with one of them left out: what a half
    /// answer ("close to war" for "nearly led to war with Mexico") still says.
    /// The map's own half wordings (`accept.half`) join them, and each side of a contrasting wording ("X but Y").
    var relaxed: [String: [Pattern]] = [:]
    /// Every stem the accepted wordings use, numbered: matching compares numbers, not strings. A synonym's stem
    /// has the number of the first word of its list.
    var numbers: [String: Int] = [:]
    /// Stem number → its text, for traces.
    private(set) var names: [String] = []
    /// Stem → the stem of the first word of its synonym list.
    private var canonical: [String: String] = [:]
    /// Stem number → the patterns that use it: those of one clause, and those that span clauses.
    private var byStem: [[Int]] = [], byStemAcross: [[Int]] = []
    /// Per pattern, the signature of the stems it must have (`Pattern.mustHave`), and per requirement of several
    /// alternatives, the signature of their first stems, one of which it must have.
    private var signatures: [StemSignature] = []
    private var choices: [[StemSignature]] = []
    /// Corrects typos towards the words of every accepted wording.
    var corrector = TypoCorrector(words: [])
    /// Every word of the map's wordings and every word with a role, read once: most words of an answer are here.
    var lexicon: [String: Lexeme] = [:]
    /// English words typo correction leaves alone (see `Lexicon.english`).
    var english = EnglishWords.none
    /// The glossary's plain words, read as its terms.
    var rewriter = PhraseRewriter()
    /// Answer words that reverse what a node says (WordNet's antonyms of its words).
    var reversals = Reversals(map: ArgumentMap(nodes: [], edges: []), antonyms: [])
    /// What the map's courts held, and which way.
    var holdings = Holdings(map: ArgumentMap(nodes: [], edges: []))
    /// Which party the map's wordings tie their words to, for a claim given to another party.
    var parties = Parties(map: ArgumentMap(nodes: [], edges: []))
    /// Every word of the map's wordings that typo correction aims at.
    private(set) var courseWords: Set<String> = []
    /// Evidence node → the figures its title, text and wordings give, years aside (a year is a date, not a figure):
    /// where the article's figures are, for a wrong figure's diagnosis and `misstatesFigure`.
    private(set) var evidenceFigures: [String: [Double]] = [:]
    /// Neighbouring words of the map's wordings ("vera cruz"): the context that lets a real English word be read
    /// as a slip for a course word ("Vera Crux"). Word → the words that follow it in some wording, and → the words
    /// that precede it.
    var followers: [String: [String]] = [:]
    var leaders: [String: [String]] = [:]
    /// Which words may have a stem the map knows: the others are read without stemming.
    var heads = StemHeads(stems: [], rewritten: [])

    init(map: ArgumentMap, glossary: [GlossaryEntry] = [], lexicon extra: Lexicon = .courseOnly) {
        for list in map.synonyms {
            guard let first = list.first.map(TextNormalizer.stem) else { continue }
            for word in list { canonical[TextNormalizer.stem(TextNormalizer.words(word).joined())] = first }
        }
        // WordNet's close synonyms are read as the course word; the lexicon only holds words the map does not use.
        for pair in extra.synonyms where pair.count == 2 {
            let own = TextNormalizer.stem(pair[0])
            canonical[TextNormalizer.stem(pair[1])] = canonical[own] ?? own
        }
        // A stem may lead to another that leads on ("necesidad" → "necess" → "necessari"): each is read as the end
        // of its chain, whatever order the table is walked in.
        canonical = canonical.mapValues { first in
            var root = first, steps = 0
            while let next = canonical[root], next != root, steps < canonical.count { (root, steps) = (next, steps + 1) }
            return root
        }
        english = extra.english
        reversals = Reversals(map: map, antonyms: extra.antonyms)
        parties = Parties(map: map)
        holdings = Holdings(map: map)
        for node in map.nodes { add(node) }
        for node in map.nodes where node.kind == .evidence {
            evidenceFigures[node.id] = NumberReader.numbers(in: ([node.title, node.text] + node.accept.phrases + node.accept.aliases)
                .joined(separator: " | ")).filter { !NumberMention.isYear($0) }
        }
        byStem = Array(repeating: [], count: names.count)
        byStemAcross = byStem
        relaxed.merge(Self.halfWordings(of: patterns, names: names)) { authored, derived in authored + derived }
        for (index, pattern) in patterns.enumerated() {
            for stem in Set(pattern.requirements.flatMap { $0.flatMap(\.stems) }) {
                if pattern.boundaries == 0 { byStem[stem].append(index) } else { byStemAcross[stem].append(index) }
            }
        }
        signatures = patterns.map { StemSet($0.mustHave).signature }
        choices = patterns.map { pattern in
            pattern.requirements.filter { $0.count > 1 && !$0.contains(where: \.isBareNegation) }
                .map { StemSet($0.compactMap(\.stems.first)).signature }
        }
        for (stem, first) in canonical where numbers[stem] == nil {
            if let number = numbers[first] { numbers[stem] = number }
        }
        heads = StemHeads(stems: numbers.keys, rewritten: TextNormalizer.rewrittenWords)
        var words = Set(TextNormalizer.negatingVocabulary)
        for node in map.nodes { words.formUnion(Self.correctionTargets(node)) }
        corrector = TypoCorrector(words: words)
        courseWords = words
        for word in words.union(TextNormalizer.specialWords) { lexicon[word] = reading(of: word) }
        for word in TextNormalizer.functionWords where lexicon[word] == nil {
            lexicon[word] = Lexeme(role: nil, stem: numbers[TextNormalizer.stem(word)])
        }
        for node in map.nodes {
            for text in node.accept.phrases + node.accept.aliases + node.accept.groups.flatMap({ $0 }) {
                let folded = TextNormalizer.words(text)
                for (first, second) in zip(folded, folded.dropFirst()) {
                    if !(followers[first]?.contains(second) ?? false) { followers[first, default: []].append(second) }
                    if !(leaders[second]?.contains(first) ?? false) { leaders[second, default: []].append(first) }
                }
            }
        }
        let known = numbers
        rewriter = PhraseRewriter(glossary: glossary, wordings: map.nodes.flatMap { node in
            (node.accept.phrases + node.accept.aliases + node.accept.groups.flatMap { $0 }).map(TextNormalizer.words)
        }, known: { known[TextNormalizer.stem($0)] != nil })
    }

    private mutating func add(_ node: ArgumentNode) {
        var reject: [[Int]] = []
        for text in node.accept.reject {
            let stems = alternative(text).stems
            if !stems.isEmpty { reject.append(stems) }
        }
        // A capitalised alias is a proper name ("CIA report", "Corfu Channel"), which is never negated; a lower-case
        // one ("sanctions tool") is a concept, which can be.
        let phrases = node.accept.phrases.map { ($0, false) } + node.accept.aliases.map { ($0, $0.first?.isUppercase ?? false) }
        patterns += phrases.compactMap { phrase($0.0, of: node.id, reject: reject, isName: $0.1) }
        // Each side of a contrasting wording that says something alone is half of it, as the map's own halves are.
        let sides = Self.contrastedSides(of: node.accept.phrases).compactMap { phrase($0, of: node.id, reject: reject, isName: false) }
            .filter(Self.saysSomethingAlone)
        let halves = node.accept.half.compactMap { phrase($0, of: node.id, reject: reject, isName: false) } + sides
        if !halves.isEmpty { relaxed[node.id, default: []] += halves }
        if !node.accept.groups.isEmpty {
            var requirements: [[Alternative]] = []
            for group in node.accept.groups {
                var alternatives: [Alternative] = []
                for term in group {
                    let candidate = alternative(term)
                    if !candidate.stems.isEmpty || candidate.isBareNegation { alternatives.append(candidate) }
                }
                requirements.append(alternatives)
            }
            // A group that offers a clause-opening word ("however", "instead") may gather its words across clauses.
            let boundaries = node.accept.groups.filter { $0.contains(where: TextNormalizer.clauseBoundaries.contains) }.count
            if requirements.allSatisfy({ !$0.isEmpty }) {
                patterns.append(Pattern(node: node.id, requirements: requirements, reject: reject, isName: false,
                                        boundaries: boundaries))
            }
        }
    }

    /// A phrase's pattern: each word its own requirement, the phrase's negation riding on its first word.
    private mutating func phrase(_ text: String, of node: String, reject: [[Int]], isName: Bool) -> Pattern? {
        let whole = alternative(text)
        guard !whole.stems.isEmpty else { return nil }
        let requirements = whole.stems.enumerated().map { index, stem in
            [Alternative(stems: [stem], negative: index == 0 && whole.negative)]
        }
        let boundaries = TextNormalizer.words(text).filter(TextNormalizer.clauseBoundaries.contains).count
        return Pattern(node: node, requirements: requirements, reject: reject, isName: isName, boundaries: boundaries)
    }

    mutating func alternative(_ text: String) -> Alternative {
        let (tokens, negations) = TextNormalizer.analyse(text)
        let words = TextNormalizer.words(text)
        return Alternative(stems: tokens.map { number(canonical[$0.stem] ?? $0.stem) }, negative: negations.count % 2 == 1,
                           word: tokens.isEmpty && words.count == 1 && negations.count == 1 ? TextNormalizer.stem(words[0]) : nil)
    }

    /// The stem's number, assigned on first sight.
    private mutating func number(_ stem: String) -> Int {
        if let existing = numbers[stem] { return existing }
        numbers[stem] = names.count
        names.append(stem)
        return names.count - 1
    }

    /// Whether the map's wordings use this stem.
    func knows(stem: String) -> Bool { numbers[stem] != nil }

    /// Every node the answer names, strongest match per node, most specific first.
    ///
    /// A wording that is one clause is matched clause by clause, so its words cannot be gathered from several
    /// sentences; a wording that itself spans clauses ("right about X, but Y") is matched on the whole answer.
    func recognise(_ analysis: Analysis) -> [Recognition] { read(analysis).all }

    /// What an answer names: every node, and those it affirms in one clause and denies in another ("It is an
    /// armed attack. It is not."), on its own words.
    struct Reading: Sendable {
        var all: [Recognition]
        var contradictions: Set<String>
        /// The nodes affirmed by a statement, not only by a name: a name beside the answer's words, when the words
        /// say something else, is no statement of its node ("Corn says the article is right").
        var stated: Set<String> = []
    }

    func read(_ analysis: Analysis) -> Reading {
        var best: [String: Recognition] = [:]
        // The strongest statement of each node affirmed and denied, on the answer's own words, and in which clause.
        var affirmed: [String: (strength: Int, clause: Int)] = [:], denied: [String: (strength: Int, clause: Int)] = [:]
        var seen = Array(repeating: -1, count: patterns.count)
        var stated: Set<String> = []
        let given = analysis.context.stems.signature
        for (number, clause) in analysis.clauses.enumerated() {
            let asked = Self.answerToQuestion(ending: clause, in: analysis.words)
            for index in candidates(clause, byStem, given: given, pass: number, seen: &seen) {
                guard var recognition = match(patterns[index], analysis, in: clause) else { continue }
                // A clause that asks asserts nothing, unless the answer answers it: "New? No." denies, "Yes" affirms.
                if let asked {
                    guard let affirmed = asked else { continue }
                    if !affirmed { recognition.negated.toggle() }
                }
                Self.keep(recognition, in: &best)
                if !recognition.isName && !recognition.negated { stated.insert(recognition.node) }
                // A name asserts nothing, so it neither affirms nor denies.
                if !recognition.usedContext && !recognition.isName {
                    func keep(_ table: inout [String: (strength: Int, clause: Int)]) {
                        if recognition.strength > table[recognition.node]?.strength ?? 0 { table[recognition.node] = (recognition.strength, number) }
                    }
                    if recognition.negated { keep(&denied) } else { keep(&affirmed) }
                }
            }
        }
        for index in candidates(analysis.whole, byStemAcross, given: given, pass: analysis.clauses.count, seen: &seen) {
            guard let recognition = match(patterns[index], analysis, in: analysis.whole) else { continue }
            Self.keep(recognition, in: &best)
            if !recognition.isName && !recognition.negated { stated.insert(recognition.node) }
        }
        let all = best.values.sorted { ($0.strength, $1.node) > ($1.strength, $0.node) }
        // A contradiction denies a point as fully as it affirms it, in another clause ("It is an armed attack. It is
        // not."); a weaker denial beside a fuller statement is a qualification read the wrong way, and two readings
        // of one clause are two wordings of one statement ("unable to stop" read against "cannot stop").
        let contradictions = analysis.clauses.count > 1
            ? Set(affirmed.keys.filter { node in
                denied[node].map { $0.strength >= 2 && $0.strength >= affirmed[node]!.strength && $0.clause != affirmed[node]!.clause } ?? false
            }) : []
        return Reading(all: all, contradictions: contradictions, stated: stated)
    }

    /// Per node, the best match (see `rank`); of equals, the first found (the order is fixed by the answer's words).
    private static func keep(_ recognition: Recognition, in best: inout [String: Recognition]) {
        if let existing = best[recognition.node], rank(existing) <= rank(recognition) { return }
        best[recognition.node] = recognition
    }

    /// The patterns of `users` (stem → the patterns that use it) that use a stem of the clause and may find all they must have in it or the
    /// question (`given`), by the clause's words in order; `seen` marks those already found in this pass.
    private func candidates(_ clause: Clause, _ users: [[Int]], given: StemSignature, pass: Int, seen: inout [Int]) -> [Int] {
        var found: [Int] = []
        let available = clause.stems.signature | given
        for stem in clause.list {
            for index in users[stem] where seen[index] != pass {
                seen[index] = pass
                if available.covers(signatures[index]) && choices[index].allSatisfy(available.meets) { found.append(index) }
            }
        }
        return found
    }

    /// Lower is better: an affirming wording wins over a negated one (the answer agrees with some accepted way of
    /// putting it), then the stronger, then one on the answer's own words, then the tighter.
    private static func rank(_ recognition: Recognition) -> (Int, Int, Int, Int) {
        (recognition.negated ? 1 : 0, -recognition.strength, recognition.usedContext ? 1 : 0, recognition.span.count)
    }

    /// How the pattern names its node within the clause, if it does.
    func match(_ pattern: Pattern, _ analysis: Analysis, in clause: Clause) -> Recognition? {
        let given = analysis.context.stems
        let restated = analysis.context.restated ?? given
        let hasNegation = !analysis.negations.isEmpty
        func inAnswer(_ alternative: Alternative) -> Bool {
            !alternative.isBareNegation && alternative.stems.allSatisfy(clause.stems.contains)
        }
        func inAnswerOrQuestion(_ alternative: Alternative) -> Bool {
            !alternative.isBareNegation && alternative.stems.allSatisfy { clause.stems.contains($0) || given.contains($0) }
        }
        // Most candidates miss a requirement outright: find out before building anything.
        for stem in pattern.mustHave where !clause.stems.contains(stem) && !given.contains(stem) { return nil }
        for requirement in pattern.requirements where requirement.count > 1 || requirement[0].isBareNegation {
            let possible = requirement.contains { $0.isBareNegation ? hasNegation : inAnswerOrQuestion($0) }
            if !possible { return nil }
        }
        // Choose an alternative for each requirement: one the answer supplies with words of its own, then one in
        // the question's words that the answer repeats, and only then one the question alone supplies.
        var chosen: [Alternative] = []
        var negative = false
        var contributed = 0
        var contextOnly = 0
        // Whether the question's words supplied an odd number of the wording's negations ("not a legal one").
        var negatedByQuestion = false
        var bareNegation: Alternative?
        for requirement in pattern.requirements {
            if let bare = requirement.first(where: \.isBareNegation), hasNegation, !requirement.contains(where: inAnswer) {
                bareNegation = bare
                continue
            }
            var supplied: Alternative?
            for alternative in requirement where inAnswer(alternative) {
                if supplied == nil { supplied = alternative }
                if !alternative.stems.allSatisfy(restated.contains) { supplied = alternative; break }
            }
            if let alternative = supplied {
                if !alternative.stems.allSatisfy(restated.contains) { contributed += 1 }
                chosen.append(alternative)
            } else if let alternative = requirement.first(where: inAnswerOrQuestion) {
                contextOnly += 1
                negatedByQuestion = negatedByQuestion != alternative.negative
                chosen.append(alternative)
            } else {
                return nil
            }
            negative = negative != chosen[chosen.count - 1].negative
        }
        // The question's words may fill at most half of a wording, and restating the question earns nothing (see
        // below): both are known before any position is looked up.
        guard contextOnly * 2 <= pattern.requirements.count, contributed > 0 || negative || bareNegation != nil else {
            return nil
        }
        for rejected in pattern.reject where rejected.allSatisfy(clause.stems.contains) { return nil }
        if chosen.count > 1 && doubleCounts(chosen, analysis, clause) { return nil }
        // Where the clause holds each chosen word.
        var needed: [[Int]] = []
        for alternative in chosen {
            for stem in alternative.stems where clause.stems.contains(stem) {
                needed.append((analysis.stems[stem] ?? []).filter(clause.range.contains))
            }
        }
        let usedContext = contextOnly > 0
        // A wording that is only a negation ("cannot") must sit right by the rest of the match.
        if let bare = bareNegation {
            let positions = needed.joined()
            guard let low = positions.min(), let high = positions.max(),
                  let near = analysis.negations.first(where: { $0 >= low - 3 && $0 <= high + 3 }) else { return nil }
            needed.append([near])
            negative = negative != bare.negative
            contributed += 1
        }
        guard let (tightest, crossed) = Self.tightestSpan(needed, boundaries: analysis.boundaries),
              crossed <= pattern.boundaries else { return nil }
        var span = tightest
        let matched = Array(needed.joined())
        var negations = Self.negations(reaching: span, matched: matched, in: analysis)
        // A negating word the wording itself offers, said within the match and not chosen as its negation, is the
        // wording's word ("the court rejected it as a policy of force"), not a denial.
        if bareNegation == nil, negations > 0, !pattern.ownNegations.isEmpty {
            let own = analysis.negations.count { position in
                span.contains(position) && TextNormalizer.negationStems[analysis.words[position]].map(pattern.ownNegations.contains) ?? false
            }
            negations = max(0, negations - own)
        }
        // Of two readings of the same words, the affirming one wins, as between wordings: "you still need force …
        // selling drugs isn't force" states "drug sales are not force" with the later "force", after its negation.
        // Only a negative wording is read so: a positive one whose words are denied twice ("not an armed attack,
        // below the armed-attack line") is denied, not affirmed by the second denial.
        if !pattern.isName, negative, (negations % 2 == 1) != negative,
           let later = Self.laterOccurrence(after: span, matched: matched, in: analysis) {
            let longer = span.lowerBound...later
            let count = Self.negations(reaching: longer, matched: matched, in: analysis)
            if (count % 2 == 1) == negative { (span, negations) = (longer, count) }
        }
        let clauseStart = analysis.boundaries.last { $0 < span.lowerBound } ?? -1
        // Restating the question earns nothing: the answer must bring a word of its own — or, to a question that
        // already holds every word, the negation that makes it the right statement.
        guard contributed > 0 || negative && negations % 2 == 1 else { return nil }
        // A bare answer to a negative question ("What did they lack?" — "legal authority") names the negative node.
        let bare = negations == 0 && negative && analysis.context.negated && analysis.contentWords <= 6
        // A name is denied only by a negation right before it ("not China", "not the State Department").
        let deniedRightBefore = analysis.negations.contains { $0 < span.lowerBound && $0 >= span.lowerBound - 2 && $0 > clauseStart }
        // A negation the question supplied is not the answer's: one right before the answer's own words denies them
        // ("not policy really" to "what kind of reason — not a legal one —").
        let negated = pattern.isName ? deniedRightBefore
            : Self.deniesTopic(span, in: analysis) || negatedByQuestion && deniedRightBefore
                || !bare && (negations % 2 == 1) != negative
        return Recognition(node: pattern.node, negated: negated, strength: needed.count, span: span,
                           isName: pattern.isName, usedContext: usedContext)
    }
}
