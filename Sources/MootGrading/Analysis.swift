/// An answer reduced to what grading needs.
struct Analysis: Sendable {
    /// Stem number → the word positions where it occurs, after typo correction against the map's vocabulary.
    /// Stems no accepted wording uses are left out: they cannot name anything.
    var stems: [Int: [Int]]
    var negations: [Int]
    /// Positions of words that open a new clause ("but", "however"): negation does not reach across them.
    var boundaries: [Int]
    /// Positions of commas and coordinators ("and", "or"): a negation before one does not reach past it.
    var pauses: [Int] = []
    var contentWords: Int
    /// Words that are not content (stop words, negations): a sentence has some, a keyword pile has none.
    var functionWords: Int
    /// The folded words of the answer, for checks on particular words.
    var words: [String]
    var context: QuestionContext = .none
    /// The answer cut at its clause boundaries (clauses without stems left out), and the whole answer.
    var clauses: [Clause] = []
    var whole = Clause(range: 0...Int.max)
}

/// A stretch of an answer's words, and the stems in it.
struct Clause: Sendable {
    var range: ClosedRange<Int>
    var stems = StemSet()
    /// The same stems as a list, in order of first occurrence.
    var list: [Int] = []

    mutating func add(_ stem: Int) {
        if stems.insert(stem) { list.append(stem) }
    }
}
