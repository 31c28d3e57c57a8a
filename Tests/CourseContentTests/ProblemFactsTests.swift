import Testing
@testable import MootGrading
@testable import MootModel

/// An application answer that applies the problem's facts says something of its own: only the question's own
/// sentence is restated, not the facts set out before it.
@Suite struct ProblemFactsTests {
    let course = RepositoryCourse.course

    @Test func applyingTheFactsEarnsTheirPoint() throws {
        let question = try #require(course.question("app-drone-bomb"))
        let verdict = try Grader(course: course).grade(question, answer: "Unlawful: Mexico arrested the operators and offered extradition, so it is willing to act.")
        #expect(verdict.covered.contains("ca-mexico-not-unwilling"), "\(verdict.covered)")
    }

    @Test func aShortAnswerStillRestatesItsWholePrompt() throws {
        // "The designation is not the legal basis." comes before the question and is still the question's.
        let question = try #require(course.question("orientation-basis"))
        #expect(try Grader(course: course).grade(question, answer: "not the designation").verdict == .incorrect)
    }
}
