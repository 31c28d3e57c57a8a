import Foundation
import Testing
@testable import MootContent
@testable import MootGrading
@testable import MootModel

/// A clause that asks asserts nothing: "Are strikes lawful self-defence?" names nothing and is not "the
/// opposite"; a yes or no after it answers it ("…? No." denies, "…? Yes." affirms).
@Suite struct QuestionClauseTests {
    static func reading(_ answer: String) throws -> [Recognition] {
        let course = try CourseLoader.load(root: try Fixture().root)
        let recognizer = Grader(course: course, lexicon: .courseOnly).recognizer
        return recognizer.recognise(recognizer.analyse(answer)).filter { $0.node == "thesis" }
    }

    @Test func aQuestionNamesNothingUntilItIsAnswered() throws {
        #expect(try Self.reading("Are strikes lawful self-defence?").isEmpty)
        #expect(try Self.reading("Strikes lawful self-defence? Yes.").map(\.negated) == [false])
        #expect(try Self.reading("Strikes lawful self-defence? No, never.").map(\.negated) == [true])
        #expect(try Self.reading("Strikes are lawful self-defence.").map(\.negated) == [false])
    }

    @Test func aQuestionIsNotCalledTheOpposite() throws {
        let course = try CourseLoader.load(root: try Fixture().root)
        let verdict = try Grader(course: course, lexicon: .courseOnly)
            .grade(try #require(course.question("q1")), answer: "Are strikes never lawful self-defence?")
        #expect(verdict.verdict == .incorrect && !verdict.feedback.contains("opposite"))
    }
}
