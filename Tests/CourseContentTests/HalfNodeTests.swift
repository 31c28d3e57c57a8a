import Testing
@testable import MootGrading
@testable import MootModel
@testable import MootPresentation

/// A short question's `half:` nodes are points beside the one asked: naming one earns half, and the feedback still
/// names what is missing; the key itself, or an answer with both, earns full credit.
@Suite struct HalfNodeTests {
    let course = RepositoryCourse.course
    var grader: Grader { Grader(course: course) }

    func grade(_ id: String, _ answer: String) throws -> Verdict {
        try grader.grade(try #require(course.question(id)), answer: answer)
    }

    @Test func aNeighbouringPointEarnsHalfAndTheKeyStaysMissing() throws {
        let verdict = try grade("attack-unstated", "That the cartels caused the deaths.")
        #expect(verdict.verdict == .partial)
        #expect(verdict.score == 0.5)
        #expect(verdict.missed == ["u-deaths-are-force"])
        #expect(verdict.feedback.contains("Deaths through drug sales count as force"))
    }

    @Test func theKeyEarnsFullCredit() throws {
        #expect(try grade("attack-unstated", "That deaths through the sale of drugs count as a use of force.").verdict == .correct)
        #expect(try grade("attack-unstated", "That the cartels caused the deaths, and that deaths from drug sales count as force.").verdict == .correct)
    }

    @Test func aHalfNodeCountsOnlyStatedNotNamed() throws {
        #expect(try grade("precedent-claim", "Wilson sent Pershing after Pancho Villa in 1916.").verdict == .partial)
        #expect(try grade("precedent-claim", "Pershing, Pancho Villa, 1916").verdict == .incorrect)
    }

    @Test func theOtherRulesOfAOneNodeQuestionStillHold() throws {
        // The article's conclusion where its thesis is asked is the same side without the point: half, as before.
        #expect(try grade("capstone-thesis", "That U.S. strikes on cartels in Mexico would be legal.").verdict == .partial)
        #expect(try grade("attack-unstated", "That the cartels did not cause the deaths.").verdict == .incorrect)
    }

    @Test func whileTriesRemainTheHintGivesNothingAway() throws {
        let question = try #require(course.question("attack-unstated"))
        let verdict = try grader.grade(question, answer: "That the cartels caused the deaths.")
        let line = QuestionPresenter(map: course.map, style: Style(color: false)).diagnosis(verdict, question: question)
        #expect(!line.contains("Deaths through drug sales count as force"), "\(line)")
    }
}
