import Testing
@testable import MootContent
@testable import MootGrading
@testable import MootModel

/// The grader on the small fixture course: what a node accepts, what naming another node earns, negation.
@Suite struct GradingUnitTests {
    let course: Course
    init() throws { course = try CourseLoader.load(root: try Fixture().root) }

    func grade(_ id: String, _ answer: String) throws -> Verdict {
        try Grader(course: course).grade(try #require(course.question(id)), answer: answer)
    }

    @Test func aShortAnswerNamingTheNodeIsCorrect() throws {
        let verdict = try grade("q1", "Strikes may be lawful self-defence")
        #expect(verdict.verdict == .correct)
        #expect(verdict.expected == ["thesis"])
    }

    @Test func namingAnotherNodeEarnsNothingButSaysWhich() throws {
        let verdict = try grade("q1", "there was no legal authority")
        #expect(verdict.verdict == .incorrect)
        #expect(verdict.recognised.contains("objection"))
    }

    @Test func anUnrelatedAnswerEarnsNothing() throws {
        #expect(try grade("q1", "the moon is made of cheese").verdict == .incorrect)
    }

    @Test func trueFalseReadsTheAnswer() throws {
        #expect(try grade("q2", "true").verdict == .correct)
        #expect(try grade("q2", "no").verdict == .incorrect)
    }
}
