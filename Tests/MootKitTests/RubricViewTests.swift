import Foundation
import Testing
@testable import MootContent
@testable import MootGrading
@testable import MootModel
@testable import MootPresentation
@testable import MootQuiz

/// An essay's rubric (shown only with the verdict) lists each criterion, and the instructor and the learner read the graded
/// answer criterion by criterion.
@Suite struct RubricViewTests {
    static let essay = ContentCheckTests.explain.replacingOccurrences(of: "WEIGHT", with: "1")

    static func fixture() throws -> (Fixture, Course) {
        let fixture = try Fixture(lesson: Fixture.lesson + "\n" + essay)
        let folder = fixture.root.appendingPathComponent("Quizzes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "id: q\ntitle: A quiz\nquestions:\n  - id: q3\n".write(to: folder.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
        return (fixture, try CourseLoader.load(root: fixture.root))
    }

    @Test func theRubricListsEachCriterionWithItsPoints() throws {
        let (_, course) = try Self.fixture()
        let presenter = QuestionPresenter(map: course.map, style: Style(color: false, width: 200))
        let essay = try #require(course.authoredQuestion("q3"))
        let rubric = try #require(presenter.rubric(essay))
        #expect(rubric.hasPrefix("How this answer is graded — 3 points in all, full credit from 60%"))
        #expect(rubric.contains("  • The thesis (2)") && rubric.contains("  • A reply (1)"))
        let short = try #require(course.authoredQuestion("q1"))
        #expect(presenter.rubric(short) == nil, "a short question has no rubric")
    }

    @Test func aGradedEssayIsReadCriterionByCriterionInTheGradebook() throws {
        let (_, course) = try Self.fixture()
        let quiz = try #require(course.quizzes.first)
        var book = Gradebook(quiz: quiz, course: course)
        let submission = try Submission(quiz: quiz.id, digest: quiz.digest, student: "ada", started: "2026-01-01T10:00:00Z",
                                        finished: "2026-01-01T10:05:00Z",
                                        responses: [.init(question: "q3", response: "strikes lawful self-defence", at: "2026-01-01T10:01:00Z")])
        book.add(file: "ada.json", data: try submission.encoded())
        let verdict = try #require(book.rows.first?.essays["q3"])
        let presenter = QuestionPresenter(map: course.map, style: Style(color: false, width: 200))
        let essay = try #require(course.authoredQuestion("q3"))
        let criteria = try #require(presenter.criteria(verdict, question: essay))
        #expect(criteria.hasPrefix("By criterion — 2 of 3 points; full credit from 60% of the points:"), "\(criteria)")
        #expect(criteria.contains("✓ The thesis (2 of 2)"))
        // Full credit was earned, so the criterion left out is not marked as a fault under the ✓ verdict.
        #expect(verdict.verdict == .correct)
        #expect(criteria.contains("○ A reply (0 of 1; not needed for full credit, a fuller answer adds it): Self-defence supplies it."),
                "what the missed criterion says: \(criteria)")
        #expect(!criteria.contains("✗"))
    }

    /// With the verdict, the rubric comes whole: how it is graded, then each criterion met or missed with its points.
    @Test func theRubricBesideAVerdictHasTheHeadingAndEachCriterionsMarks() throws {
        let (_, course) = try Self.fixture()
        let presenter = QuestionPresenter(map: course.map, style: Style(color: false, width: 200))
        let essay = try #require(course.authoredQuestion("q3"))
        let verdict = try Grader(course: course).grade(essay, answer: "strikes lawful self-defence")
        let shown = try #require(presenter.rubric(essay, graded: verdict))
        #expect(shown.hasPrefix("How this answer is graded — 3 points in all, full credit from 60%"))
        #expect(shown.contains("  ✓ The thesis (2 of 2)") && shown.contains("  ○ A reply (0 of 1; not needed for full credit"))
        // Below full credit, a missed criterion is a ✗.
        let short = try Grader(course: course).grade(essay, answer: "self-defence supplies it")
        if short.verdict != .correct, let marked = presenter.rubric(essay, graded: short) {
            #expect(marked.contains("  ✗ The thesis (0 of 2)"), "\(marked)")
        } else { Issue.record("the reply alone earns less than full credit: \(short.verdict)") }
        #expect(!shown.contains("•"), "the bullets of the unmarked rubric are not repeated")
        #expect(presenter.rubric(try #require(course.authoredQuestion("q1")), graded: verdict) == nil)
    }
}
