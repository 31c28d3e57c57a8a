import Testing
@testable import MootContent
@testable import MootGrading
@testable import MootModel

/// A node's holdings say which way a court went; an answer that names the holding and gives it the other way
/// states a wrong fact in the right words.
@Suite struct HoldingTests {
    /// The fixture's thesis, reported as a court's open question.
    static func map(on topic: String = "imminent attacks") -> String {
        Fixture.map.replacingOccurrences(of: """
                text: Strikes may be lawful self-defence.
                section: Intro
            """, with: """
                text: Strikes may be lawful self-defence; the Court left open force against imminent attacks.
                section: Intro
                holdings:
                  - {by: [the Court, ICJ], on: [\(topic), anticipatory self-defence], held: open}
            """)
    }

    func grade(_ answer: String) throws -> Verdict {
        let course = try CourseLoader.load(root: try Fixture(map: Self.map()).root)
        return try Grader(course: course).grade(try #require(course.question("q1")), answer: answer)
    }

    @Test func theOutcomeWordsOfAnAnswerAreRead() {
        func outcomes(_ text: String) -> [Holding.Outcome] {
            let (_, negations) = TextNormalizer.analyse(text)
            return Holdings.outcomes(in: TextNormalizer.words(text), negations: negations).map(\.outcome)
        }
        #expect(outcomes("the ICJ upheld it") == [.accepted])
        #expect(outcomes("the ICJ ruled it out") == [.rejected])
        #expect(outcomes("the Court left that question open") == [.open])
        #expect(outcomes("the Court did not decide") == [.open])
        #expect(outcomes("the Court did not reject it").isEmpty)
    }

    @Test func aHoldingGivenTheOtherWayIsRefused() throws {
        let wrong = try grade("Strikes may be lawful self-defence, since the ICJ upheld anticipatory self-defence.")
        #expect(wrong.verdict == .incorrect && wrong.misconception == "wrong-holding", "\(wrong.feedback)")
        #expect(wrong.feedback.contains("on anticipatory self-defence, the Court left it open"), "\(wrong.feedback)")
        #expect(try grade("Strikes may be lawful self-defence, though the ICJ left anticipatory self-defence open.").verdict == .correct)
        // The United States rejecting a view the Court holds is no statement of the Court's holding.
        #expect(try grade("Strikes may be lawful self-defence; many states reject the ICJ on anticipatory self-defence.").verdict == .correct)
    }

    @Test func aHoldingNamesWhatTheNodeSays() throws {
        let diagnostics = try Fixture(map: Self.map(on: "reprisals")).diagnostics
        #expect(diagnostics.map(\.message) == ["the holding's first 'on' ('reprisals') does not appear in the text of 'thesis'"])
        #expect(diagnostics.first?.location.line == 9)
    }
}
