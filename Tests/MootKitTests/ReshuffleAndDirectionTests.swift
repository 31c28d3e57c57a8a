import Testing
@testable import MootGrading
@testable import MootModel
@testable import MootPresentation
@testable import MootSession

/// Review cannot be answered from a remembered letter, and a wrong figure is nudged only where a nudge is fair
/// (issue 12, point 4).
@Suite struct ReshuffleAndDirectionTests {
    static let question = Question(id: "q-choice", lesson: "one", prompt: "Which?", body: .choice([
        Choice(text: "First", correct: true), Choice(text: "Second", correct: false),
        Choice(text: "Third", correct: false), Choice(text: "Fourth", correct: false), Choice(text: "Fifth", correct: false),
    ]), nodes: ["thesis"], hints: [], location: SourceLocation(file: "one.yaml", line: 1, column: 1))

    @Test func optionsAreReshuffledAtEachShowingReproduciblyPerLearnerQuestionAndShowing() throws {
        let orders = (0..<8).map { Session.choiceOrder(Self.question, learner: "ada", showing: $0)! }
        // The same learner, question and showing: the same order, every time.
        #expect(orders == (0..<8).map { Session.choiceOrder(Self.question, learner: "ada", showing: $0)! })
        // A new showing: a new order (not one order for all eight showings), and every order a permutation.
        #expect(Set(orders).count > 4)
        #expect(orders.allSatisfy { $0.sorted() == Array(0..<5) })
        // The key is not where it was: the right option is not at (a) on every showing.
        #expect(Set(orders.map { $0.firstIndex(of: 0)! }).count > 1)
        // Another learner sees other orders; the first showing is the one `moot answer` uses.
        #expect((0..<8).map { Session.choiceOrder(Self.question, learner: "bo", showing: $0)! } != orders)
        #expect(Session.choiceOrder(Self.question, learner: "ada") == orders[0])
    }

    @Test func higherOrLowerOnlyForAFigureOfAHundredOrMoreMissedByOverAQuarter() {
        #expect(QuestionPresenter.direction(expected: 14_000, given: 10_000) == "higher")
        #expect(QuestionPresenter.direction(expected: 14_000, given: 20_000) == "lower")
        #expect(QuestionPresenter.direction(expected: 100, given: 130) == "lower")
        // Within a quarter: no direction (it would leave the answer between two guesses).
        #expect(QuestionPresenter.direction(expected: 14_000, given: 13_000) == nil)
        #expect(QuestionPresenter.direction(expected: 1917, given: 1916) == nil)
        #expect(QuestionPresenter.direction(expected: 100, given: 125) == nil)
        // A small figure: never a direction, however far off.
        #expect(QuestionPresenter.direction(expected: 17, given: 5) == nil)
        #expect(QuestionPresenter.direction(expected: 99, given: 1_000) == nil)
    }

    @Test func theDiagnosisOfAWrongFigureSaysTheDirectionOnlyWhereItIsFairAndNeverTheFigure() {
        let map = ArgumentMap(nodes: [], edges: [])
        let presenter = QuestionPresenter(map: map, style: Style(color: false))
        let question = Question(id: "n", lesson: "one", prompt: "How many?", body: .numeric(value: 14_000, tolerance: 0, unit: "troops"),
                                nodes: [], hints: [], location: SourceLocation(file: "one.yaml", line: 1, column: 1))
        func diagnosis(_ feedback: String) -> String {
            presenter.diagnosis(Verdict(question: "n", verdict: .incorrect, score: 0, expected: [], feedback: feedback), question: question)
        }
        let far = diagnosis("10,000 is too low: the article gives 14,000 troops.")
        #expect(far.hasPrefix("10,000 is not the article's figure for this: it is higher."))
        #expect(!far.contains("14,000"))
        let near = diagnosis("13,000 is too low: the article gives 14,000 troops.")
        #expect(near.hasPrefix("13,000 is not the article's figure for this."))
        #expect(!near.contains("higher") && !near.contains("lower") && !near.contains("too low") && !near.contains("14,000"))
    }
}
