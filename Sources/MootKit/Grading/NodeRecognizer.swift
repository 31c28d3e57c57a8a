/// A node of the map that an answer names, and whether the answer affirms or denies it.
public struct Recognition: Sendable, Equatable {
    public var node: String
    /// True when the answer says the opposite of the node ("trafficking is *not* an armed attack").
    public var negated: Bool
    /// How many content words matched: the more, the more specific.
    public var strength: Int
    /// Word positions of the match in the answer.
    public var span: ClosedRange<Int>
}

/// An answer reduced to what grading needs.
public struct Analysis: Sendable {
    /// Stem → the word positions where it occurs, after typo correction against the map's vocabulary.
    public var stems: [String: [Int]]
    public var negations: [Int]
    /// Positions of words that open a new clause ("but", "however"): negation does not reach across them.
    public var boundaries: [Int]
    public var contentWords: Int
    /// Words that are not content (stop words, negations): a sentence has some, a keyword pile has none.
    public var functionWords: Int
    public var numbers: [Double]
}

/// Finds the nodes of the map an answer names, from each node's `accept` wordings.
public struct NodeRecognizer: Sendable {
    /// One way of naming a node: every requirement must be met by one of its alternatives (each a set of stems).
    struct Pattern: Sendable {
        var node: String
        var requirements: [[[String]]]
        var negative: Bool
        var reject: [[String]]
    }

    private var patterns: [Pattern] = []
    private var byStem: [String: [Int]] = [:]
    private var vocabulary: [Int: [String]] = [:]
    private var known: Set<String> = []

    public init(map: ArgumentMap) {
        for node in map.nodes { add(node) }
        for (index, pattern) in patterns.enumerated() {
            for stem in Set(pattern.requirements.flatMap { $0.flatMap { $0 } }) { byStem[stem, default: []].append(index) }
        }
        known = Set(byStem.keys)
        for stem in known { vocabulary[stem.count, default: []].append(stem) }
    }

    private mutating func add(_ node: ArgumentNode) {
        let reject = node.accept.reject.map(Self.stems).filter { !$0.stems.isEmpty }.map(\.stems)
        for phrase in node.accept.phrases + node.accept.aliases {
            let (stems, negative) = Self.stems(phrase)
            guard !stems.isEmpty else { continue }
            patterns.append(Pattern(node: node.id, requirements: stems.map { [[$0]] }, negative: negative, reject: reject))
        }
        if !node.accept.groups.isEmpty {
            let requirements = node.accept.groups.map { group in group.map(Self.stems).map(\.stems).filter { !$0.isEmpty } }
            let negative = node.accept.groups.flatMap { $0 }.contains { Self.stems($0).negative }
            patterns.append(Pattern(node: node.id, requirements: requirements, negative: negative, reject: reject))
        }
    }

    static func stems(_ text: String) -> (stems: [String], negative: Bool) {
        let (tokens, negations) = TextNormalizer.analyse(text)
        return (tokens.map(\.stem), negations.count % 2 == 1)
    }

    /// Reads an answer: tokens, negations, numbers, and typos corrected to the nearest word the map knows.
    public func analyse(_ text: String) -> Analysis {
        let words = TextNormalizer.words(text)
        let (tokens, negations) = TextNormalizer.analyse(text)
        var stems: [String: [Int]] = [:]
        for token in tokens { stems[correct(token.stem), default: []].append(token.position) }
        let boundaries = words.indices.filter { TextNormalizer.clauseBoundaries.contains(words[$0]) }
        return Analysis(stems: stems, negations: negations, boundaries: boundaries, contentWords: tokens.count,
                        functionWords: words.count - tokens.count, numbers: NumberReader.numbers(in: text))
    }

    /// The known stem within an edit distance scaled to the word's length, or the stem itself.
    func correct(_ stem: String) -> String {
        if known.contains(stem) || stem.first?.isNumber == true { return stem }
        let allowed = stem.count >= 8 ? 2 : stem.count >= 5 ? 1 : 0
        guard allowed > 0 else { return stem }
        var best: (String, Int)?
        for length in (stem.count - allowed)...(stem.count + allowed) {
            for candidate in vocabulary[length] ?? [] {
                let distance = EditDistance.between(stem, candidate, limit: allowed)
                if distance <= allowed && distance < (best?.1 ?? .max) { best = (candidate, distance) }
            }
        }
        return best?.0 ?? stem
    }

    /// Every node the answer names, strongest match per node, most specific first.
    public func recognise(_ analysis: Analysis) -> [Recognition] {
        var candidates = Set<Int>()
        for stem in analysis.stems.keys { candidates.formUnion(byStem[stem] ?? []) }
        var best: [String: Recognition] = [:]
        for index in candidates {
            guard let recognition = match(patterns[index], analysis) else { continue }
            if let existing = best[recognition.node], existing.strength >= recognition.strength { continue }
            best[recognition.node] = recognition
        }
        return best.values.sorted { ($0.strength, $1.node) > ($1.strength, $0.node) }
    }

    private func match(_ pattern: Pattern, _ analysis: Analysis) -> Recognition? {
        var needed: [[Int]] = []
        for requirement in pattern.requirements {
            guard let alternative = requirement.first(where: { $0.allSatisfy { analysis.stems[$0] != nil } }) else {
                return nil
            }
            needed += alternative.compactMap { analysis.stems[$0] }
        }
        for rejected in pattern.reject where rejected.allSatisfy({ analysis.stems[$0] != nil }) { return nil }
        guard let span = Self.tightestSpan(needed, boundaries: analysis.boundaries) else { return nil }
        // A negation counts if it stands among the matched words or a little before them, in the same clause.
        let clauseStart = analysis.boundaries.last { $0 < span.lowerBound } ?? -1
        let scope = max(span.lowerBound - 4, clauseStart + 1)...span.upperBound
        let negations = analysis.negations.filter { scope.contains($0) }.count
        return Recognition(node: pattern.node, negated: (negations % 2 == 1) != pattern.negative,
                           strength: needed.count, span: span)
    }

    /// The narrowest window holding one occurrence of each needed word, preferring one that stays in a clause:
    /// each occurrence of each word anchors a window, the others take their nearest occurrence.
    static func tightestSpan(_ occurrences: [[Int]], boundaries: [Int]) -> ClosedRange<Int>? {
        var best: (span: ClosedRange<Int>, cost: Int)?
        for anchor in occurrences.joined() {
            var low = anchor, high = anchor
            for positions in occurrences {
                guard let nearest = positions.min(by: { abs($0 - anchor) < abs($1 - anchor) }) else { return nil }
                low = min(low, nearest)
                high = max(high, nearest)
            }
            let cost = high - low + 1_000 * boundaries.filter { $0 > low && $0 < high }.count
            if best == nil || cost < best!.cost { best = (low...high, cost) }
        }
        return best?.span
    }
}
