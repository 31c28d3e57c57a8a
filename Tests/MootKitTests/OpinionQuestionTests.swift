import Foundation
import Testing
@testable import MootContent
@testable import MootGrading
@testable import MootModel

/// An opinion question ("the objection you find strongest") takes any one of its nodes as a full answer; a short
/// question without `opinion` still needs every node, and `opinion` on another kind is refused at its line.
@Suite struct OpinionQuestionTests {
    static func lesson(_ extra: String) -> String {
        Fixture.lesson + """

              - id: pick
                kind: short
                prompt: Which position do you find strongest?
                nodes: [thesis, objection]
                hints: [One, Two]
            \(extra)
            """
    }

    @Test func anyOneNodeIsAFullAnswerToAnOpinionQuestion() throws {
        let course = try CourseLoader.load(root: try Fixture(lesson: Self.lesson("    opinion: true")).root)
        let question = try #require(course.question("pick"))
        #expect(question.opinion)
        let grader = Grader(course: course, lexicon: .courseOnly)
        let verdict = try grader.grade(question, answer: "there is no legal authority for it")
        #expect(verdict.verdict == .correct && verdict.score == 1 && verdict.missed.isEmpty)
        #expect(try grader.grade(question, answer: "the weather in spring").verdict == .incorrect)
    }

    @Test func withoutOpinionEveryNodeIsNeeded() throws {
        let course = try CourseLoader.load(root: try Fixture(lesson: Self.lesson("")).root)
        let verdict = try Grader(course: course, lexicon: .courseOnly)
            .grade(try #require(course.question("pick")), answer: "there is no legal authority for it")
        #expect(verdict.verdict == .partial)
    }

    @Test func opinionOnAnotherKindIsAnErrorAtItsLine() throws {
        let lesson = Fixture.lesson.replacingOccurrences(of: "    why: Yes.", with: "    why: Yes.\n    opinion: true")
        let diagnostics = try Fixture(lesson: lesson).diagnostics
        #expect(diagnostics.contains { $0.message == "'opinion' applies to short questions only" && $0.location.line > 1 })
    }
}
