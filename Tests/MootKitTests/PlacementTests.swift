import Testing
@testable import MootContent
@testable import MootGrading
@testable import MootModel
@testable import MootPresentation
@testable import MootQuiz
#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation

/// A `place` question: statements written for the exercise, each to be placed on the map (supports, attacks,
/// undercuts, or a co-premise with a node), graded statement by statement with why from the map.
@Suite struct PlacementTests {
    static let map = ContentCheckTests.map(edge: "premise supports thesis")

    static let question = """
          - id: q3
            kind: place
            prompt: Where does each statement go?
            statements:
              - text: Forty people died in the attack.
                relation: supports
                node: premise
              - text: Gravity alone has never made violence an armed attack.
                relation: attacks
                node: thesis
                why: It denies the conclusion, not a premise.
              - text: The attackers answered to one command.
                relation: co-premise
                node: premise
            among: [objection, reply]
            hints: [One, Two]
        """

    static func course(_ question: String = Self.question) throws -> (Course, [Diagnostic]) {
        let fixture = try Fixture(map: Self.map, lesson: Fixture.lesson + "\n" + question)
        return (try CourseLoader.load(root: fixture.root), fixture.diagnostics)
    }

    static func diagnostics(_ question: String) throws -> [Diagnostic] {
        try Fixture(map: Self.map, lesson: Fixture.lesson + "\n" + question).diagnostics
    }

    /// The letter the question shows for a node.
    static func letter(_ id: String, _ question: Question) -> String {
        guard case let .place(statements, among) = question.body else { return "?" }
        return QuestionLayout.letter(QuestionLayout.placeTargets(statements, among: among, id: question.id).firstIndex(of: id)!)
    }

    @Test func aRightPlacementOfEveryStatementIsCorrect() throws {
        let (course, diagnostics) = try Self.course()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        let question = try #require(course.authoredQuestion("q3"))
        #expect(question.kind == .place && question.nodes == ["premise", "thesis"])
        let p = Self.letter("premise", question), t = Self.letter("thesis", question)
        let verdict = try Grader(course: course).grade(question, answer: "1 supports \(p); 2 attacks \(t); 3 co-premise with \(p)")
        #expect(verdict.verdict == .correct && verdict.score == 1, "\(verdict.feedback)")
        #expect(verdict.feedback.contains("1 ✓ it supports ‘A premise’ — that node claims: The attack was grave."))
        #expect(verdict.feedback.contains("It denies the conclusion, not a premise."), "the statement's own why")
        let byID = try Grader(course: course).grade(question, answer: "(1) supports premise, (2) against thesis, (3) together with premise")
        #expect(byID.score == 1, "node ids and plain relation words: \(byID.feedback)")
    }

    @Test func eachStatementEarnsItsOwnCreditAndFeedback() throws {
        let (course, _) = try Self.course()
        let question = try #require(course.authoredQuestion("q3"))
        let p = Self.letter("premise", question), t = Self.letter("thesis", question), o = Self.letter("objection", question)
        // Right; right node with the wrong relation; wrong node.
        let verdict = try Grader(course: course).grade(question, answer: "1 supports \(p); 2 undercuts \(t); 3 supports \(o)")
        #expect(verdict.verdict == .partial)
        #expect(abs(verdict.score - 0.5) < 1e-9, "(1 + ½ + 0) / 3")
        #expect(verdict.feedback.hasPrefix("1 of 3 statements placed right."))
        #expect(verdict.feedback.contains("2 ½ right node, not the right relation: you said it undercuts ‘The thesis’; it attacks ‘The thesis’ — that node claims: Strikes may be lawful self-defence."))
        #expect(verdict.feedback.contains("3 ✗ you said it supports ‘An objection’; it is a co-premise with ‘A premise’"))
        #expect(verdict.covered == ["premise"] && verdict.missed == ["thesis"], "the premise is placed right once; the thesis not")
        let bare = try Grader(course: course).grade(question, answer: "1 \(p); 2 \(t)")
        #expect(bare.feedback.contains("1 ½ right node, not the right relation: you said ‘A premise’ with no relation"))
        let missing = try Grader(course: course).grade(question, answer: "1 supports \(p)")
        #expect(missing.feedback.contains("2 ✗ not placed: it attacks ‘The thesis’"))
        #expect(throws: UnreadableAnswer.self) { try Grader(course: course).grade(question, answer: "I am not sure") }
    }

    @Test func theQuestionShowsStatementsAndLettersAndTheDiagnosisKeepsTheKey() throws {
        let (course, _) = try Self.course()
        let question = try #require(course.authoredQuestion("q3"))
        let presenter = QuestionPresenter(map: course.map, style: Style(color: false, width: 200))
        let shown = presenter.render(question)
        #expect(shown.contains("  1. Forty people died in the attack.") && shown.contains("Parts of the map:"))
        #expect(shown.contains("  \(Self.letter("reply", question))) A reply"), "a decoy is offered")
        let p = Self.letter("premise", question), t = Self.letter("thesis", question)
        #expect(presenter.answer(question) == "1 supports \(p) (‘A premise’); 2 attacks \(t) (‘The thesis’); 3 co-premise with \(p) (‘A premise’)")
        let verdict = try Grader(course: course).grade(question, answer: "1 supports \(p); 2 supports \(t); 3 supports \(t)")
        let diagnosis = presenter.diagnosis(verdict, question: question)
        #expect(diagnosis.hasPrefix("Statement 1 is placed right; 2 has the right node but not the right relation; 3 is not placed right yet."))
        #expect(!diagnosis.contains("The thesis") && !diagnosis.contains("A premise"), "no target named while tries remain")
    }

    @Test func aKeyTheMapCouldNotHoldIsAnErrorAtTheStatement() throws {
        let onObjection = Self.question.replacingOccurrences(of: "relation: co-premise\n        node: premise", with: "relation: co-premise\n        node: reply")
        let diagnostics = try Self.diagnostics(onObjection)
        #expect(diagnostics.map(\.message) == ["a statement cannot be placed as 'co-premise' on a reply ('reply'); that joins authority/claim/evidence/premise"])
        #expect(diagnostics.first?.location.line == ContentCheckTests.line(of: "- text: The attackers", in: Fixture.lesson + "\n" + onObjection))
        let lonely = Self.map.replacingOccurrences(of: "  - premise supports thesis", with: "  - objection undermines premise")
        let fixture = try Fixture(map: lonely, lesson: Fixture.lesson + "\n" + Self.question)
        #expect(fixture.diagnostics.contains { $0.message == "a co-premise with 'premise' would support nothing: 'premise' supports no node" })
        let typo = Self.question.replacingOccurrences(of: "relation: attacks", with: "relation: atacks")
        #expect(try Self.diagnostics(typo).first?.message.contains("did you mean 'attacks'") == true)
        let few = Self.question.replacingOccurrences(of: "    among: [objection, reply]\n", with: "")
        #expect(try Self.diagnostics(few).map(\.message) == ["place question 'q3' offers 2 node(s) to choose from: add decoys with 'among: [...]' so there are at least three"])
    }

    @Test func exportsCarryEveryStatementAndWhereItGoes() throws {
        let (course, _) = try Self.course()
        let question = try #require(course.authoredQuestion("q3"))
        let quiz = Quiz(id: "q", title: "Q", instructions: "", items: [QuizItem(question: question, points: 3)], passPercent: 50,
                        attemptsAllowed: 1, shuffleQuestions: false, shuffleChoices: false, feedback: .deferred, hintsAllowed: false,
                        seed: "q", location: question.location)
        let document = try XMLDocument(xmlString: MoodleXML.document(quiz, map: course.map))
        let element = try #require(try document.nodes(forXPath: "/quiz/question[@type='matching']").first as? XMLElement)
        let answers = try element.nodes(forXPath: "subquestion/answer/text").compactMap(\.stringValue)
        #expect(Array(answers.prefix(3)) == ["supports ‘A premise’", "attacks ‘The thesis’", "is a co-premise with ‘A premise’"])
        #expect(answers.count > 3 && Set(answers).count == answers.count, "decoys, none repeating a key")
        let gift = Interchange.gift(quiz, map: course.map)
        #expect(gift.contains("=Forty people died in the attack. -> supports ‘A premise’"))
        let anki = AnkiExport.back(question, map: course.map)
        #expect(anki.contains("is a co-premise with ‘A premise’: The attack was grave."))
    }
}
