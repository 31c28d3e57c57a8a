/// What the question itself says, which an answer need not repeat.
struct QuestionContext: Sendable {
    /// Stems of the prompt's content words (as the recognizer's stem numbers).
    var stems: StemSet
    /// True when the question's own sentence carries a negation ("What did they *lack*?", "What did she
    /// *reject*?"), so a bare answer names the negated statement.
    var negated: Bool
    /// Whether the question asks for a name (`FreeTextGrader.asksForName`), so that a name alone may answer it.
    var asksForName = false
    /// Whether it asks who ("who", "whom", "whose"): a person's office then answers it too.
    var asksWho = false
    /// The words of the question's key nodes' wordings, preferred when a typo is equally near several course words.
    var key: TypoCorrector?
    /// Each act of the problem (`acts:`): its first wording as shown, and the stems of every wording.
    var acts: [(shown: String, wordings: [Set<String>])] = []
    /// The stems an answer only restates when it repeats them: the question's own sentence, where a problem's
    /// facts come before it ("Mexico arrests the operators … Lawful?"): an answer that applies those facts says
    /// something of its own. Nil: all of `stems`.
    var restated: StemSet?

    static let none = QuestionContext(stems: StemSet(), negated: false)
}

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
