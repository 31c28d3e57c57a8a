import Foundation
import Testing
@testable import MootContent
@testable import MootGrading
@testable import MootModel
@testable import MootQuiz

/// A node's `accept.half` wordings: an answer that says only one of them earns half the point, as Moodle's short
/// answer grades an answer pattern at 50 %; never when it also names the node in full, denies it or names another.
@Suite struct HalfWordingTests {
    static let map = Fixture.map.replacingOccurrences(of: """
              phrases: [strikes lawful self-defence]
        """, with: """
              phrases: [strikes lawful self-defence]
              half: [strikes allowed sometimes]
        """)

    static func grader() throws -> (Grader, Question) {
        let course = try CourseLoader.load(root: try Fixture(map: map).root)
        return (Grader(course: course, lexicon: .courseOnly), try #require(course.question("q1")))
    }

    @Test func aHalfWordingEarnsHalf() throws {
        let (grader, question) = try Self.grader()
        let verdict = try grader.grade(question, answer: "that strikes are allowed sometimes")
        #expect(verdict.verdict == .partial && verdict.score == 0.5 && verdict.misconception == "half-named")
    }

    @Test func theFullKeyStillEarnsFullAndADenialOrAnotherNodeNothing() throws {
        let (grader, question) = try Self.grader()
        #expect(try grader.grade(question, answer: "strikes are lawful self-defence").verdict == .correct)
        #expect(try grader.grade(question, answer: "strikes are not allowed, even sometimes").verdict == .incorrect)
        #expect(try grader.grade(question, answer: "strikes allowed sometimes, but there is no legal authority").verdict == .incorrect)
        #expect(try grader.grade(question, answer: "the weather is fine sometimes").verdict == .incorrect)
    }

    @Test func theMoodleExportGradesAHalfWordingAtFiftyPercent() throws {
        let course = try CourseLoader.load(root: try Fixture(map: Self.map).root)
        let question = try #require(course.question("q1"))
        let quiz = Quiz(id: "q", title: "Q", instructions: "", items: [QuizItem(question: question, points: 1)], passPercent: 50,
                        attemptsAllowed: 1, shuffleQuestions: false, shuffleChoices: false, feedback: .deferred, hintsAllowed: false,
                        seed: "q", location: question.location)
        #expect(Interchange.gift(quiz, map: course.map).contains("{=strikes lawful self-defence =%50%strikes allowed sometimes}"))
    }

    /// A weaker match on the half's own words ("law", another node's name, in "respect international law") is part of the
    /// half, not a second claim that would make the answer name the wrong node.
    @Test func aNameOnTheHalfsOwnWordsDoesNotMakeItAnotherClaim() throws {
        let map = Self.map.replacingOccurrences(of: "half: [strikes allowed sometimes]",
                                                with: "half: [strikes allowed sometimes, strikes respect international law]")
            .replacingOccurrences(of: "phrases: [self-defence supplies authority]",
                                  with: "phrases: [self-defence supplies authority]\n      aliases: [US law]")
        let course = try CourseLoader.load(root: try Fixture(map: map).root)
        let grader = Grader(course: course, lexicon: .courseOnly)
        let question = try #require(course.question("q1"))
        let verdict = try grader.grade(question, answer: "the strikes respect international law")
        #expect(verdict.verdict == .partial && verdict.misconception == "half-named")
        // Another node's words outside the half still make it another claim.
        #expect(try grader.grade(question, answer: "the strikes respect international law, and self-defence supplies authority").verdict != .partial)
    }
}
