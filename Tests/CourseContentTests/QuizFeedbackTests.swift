import Foundation
import Testing
@testable import MootContent
@testable import MootModel
@testable import MootPresentation
@testable import MootSession
@testable import MootStore
@testable import MootSupport

/// A quiz's feedback as Moodle's question behaviours give it (new-user report 23, items 7, 8 and 14): deferred
/// saves each answer with no verdict, immediate gives a verdict that names no part of the map, the end lists each
/// question's verdict, points and right answer, an answer typed back for the question just closed is not taken as
/// the open one's, and leaving a timed quiz says how much time is left.
@Suite struct QuizFeedbackTests {
    final class TestClock: @unchecked Sendable {
        var now: Microseconds = 1_700_000_000_000_000
    }

    /// A session taking `quiz` (added to the course) as `student`, on a clock the test moves.
    func session(_ quiz: Quiz, clock: TestClock = TestClock()) throws -> Session {
        var course = RepositoryCourse.course
        course.quizzes.append(quiz)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("moot-quiz-feedback-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try Store(url: folder.appendingPathComponent("progress.sqlite"))
        let session = Session(course: course, style: Style(color: false, width: 100))
        let record = LearnerRecord(store: store, learner: try store.learner(named: "kim", create: true), course: course)
        record.clock = Clock { clock.now }
        session.recorder = record
        session.clock = Clock { clock.now }
        session.student = "kim"
        session.submissions = folder
        return session
    }

    /// The report's two questions in a row — the troops figure, then the unstated premise — under `feedback`.
    func troopsThenPremise(_ feedback: FeedbackPolicy) throws -> Quiz {
        let course = RepositoryCourse.course
        let items = try ["precedent-troops", "precedent-unstated", "precedent-claim"].map {
            QuizItem(question: try #require(course.question($0)), points: $0 == "precedent-unstated" ? 2 : 1)
        }
        return Quiz(id: "report-23", title: "Report 23", instructions: "", items: items, passPercent: 50, timeLimit: 15,
                    attemptsAllowed: 1, shuffleQuestions: false, shuffleChoices: false, feedback: feedback,
                    hintsAllowed: false, seed: "report-23", location: SourceLocation(file: "test", line: 1, column: 1))
    }

    static func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    /// Missing question 7 and typing its answer back, as a lesson teaches, does not answer question 8 — in either mode.
    @Test(arguments: [FeedbackPolicy.deferred, .immediate])
    func theAnswerTypedBackAfterAMissIsNotTakenForTheNextQuestion(_ feedback: FeedbackPolicy) throws {
        let session = try session(try troopsThenPremise(feedback))
        _ = session.handle("quiz report-23")
        let missed = Self.flat(session.handle("140,000"))
        #expect(session.currentQuestion?.id == "precedent-unstated")
        #expect(missed.contains(feedback == .deferred ? "Saved." : "✗ not quite"), "\(missed)")
        let typedBack = Self.flat(session.handle("14,000"))
        #expect(typedBack.contains("That reads as your answer to question 1, which is closed: a quiz takes one answer per question. "
                                   + "Question 2 is still open"), "\(typedBack)")
        #expect(session.currentQuestion?.id == "precedent-unstated", "not recorded: the question is still open")
        #expect(session.quizRun?.responses["precedent-unstated"] == nil)
        // Typed again at once, it is the student's answer after all.
        _ = session.handle("14,000")
        #expect(session.quizRun?.responses["precedent-unstated"]?.response == "14,000")
        #expect(session.currentQuestion?.id == "precedent-claim")
    }

    /// An answer that is not the closed question's is saved as the open one's at once.
    @Test func anOrdinaryAnswerAfterAMissIsSaved() throws {
        let session = try session(try troopsThenPremise(.deferred))
        _ = session.handle("quiz report-23")
        _ = session.handle("140,000")
        _ = session.handle("that the old precedent still applies")
        #expect(session.quizRun?.responses["precedent-unstated"] != nil)
    }

    /// Immediate feedback gives a verdict but names no part of the map that any question of the quiz asks for:
    /// the report's "That does not name ‘A pre-Charter precedent still shows what is lawful’" answered question 8.
    @Test func immediateFeedbackNamesNoKeyBeforeTheEnd() throws {
        let course = RepositoryCourse.course
        let quiz = try #require(course.quiz("unit-orientation"))
        let keys = Set(quiz.items.flatMap(\.question.nodes)).compactMap { course.map[$0]?.title }
        let session = try session(quiz)
        var screen = session.handle("quiz unit-orientation")
        var verdicts = ""
        // Each question answered with another question's key (the wrong one), or a figure, or a kind.
        let wrong = ["a", "the designation gave the president authority", "true", "if the cartel uses drugs", "claim",
                     "a pre-Charter precedent still shows what is lawful", "140,000", "incursions into mexico are nothing new",
                     "the 1916 precedent predates the charter"]
        for answer in wrong where session.currentQuestion != nil {
            let said = session.handle(answer)
            verdicts += said.components(separatedBy: "Question ").first ?? said
            verdicts += session.handle("why")
            screen += said
        }
        #expect(screen.contains("Quiz complete."))
        let before = Self.flat(verdicts)
        #expect(before.contains("✗ not quite"))
        for title in keys { #expect(!before.contains(title), "‘\(title)’ was named before the end: \(before)") }
        #expect(before.contains("why is not available during a quiz"))
    }

    /// Report 24, item 15: another of the article's figures is said to be one, without the title of the part it
    /// belongs to ("‘140,000 more troops guarded the border’" all but names the troop figure asked).
    @Test func anotherFigureIsNotNamedByItsPartInAQuiz() throws {
        let session = try session(try troopsThenPremise(.immediate))
        _ = session.handle("quiz report-23")
        let said = Self.flat(session.handle("140,000"))
        #expect(said.contains("✗ not quite 140,000 is the article's figure for another thing, not the one asked."), "\(said)")
        #expect(!said.contains("troops guarded the border"), "\(said)")
        #expect(!said.contains("‘"), "\(said)")
    }

    /// Deferred feedback says "Saved." and nothing else until the end, which lists each question's verdict, its
    /// points of its worth (adding up to the score) and the right answer where it was missed.
    @Test func deferredFeedbackSavesThenShowsVerdictsPointsAndAnswersAtTheEnd() throws {
        let session = try session(try troopsThenPremise(.deferred))
        let opening = Self.flat(session.handle("quiz report-23"))
        #expect(opening.contains("3 questions, 4 points"))
        #expect(opening.contains("Each answer is saved with no verdict; the verdicts, the right answers and the points come at the end."))
        #expect(opening.contains("Question 1 of 3 (1 point)"))
        let first = Self.flat(session.handle("14,000"))
        #expect(first.contains("Saved.") && !first.contains("✓") && !first.contains("correct"))
        #expect(first.contains("Question 2 of 3 (2 points)"))
        // A command that shows the question again shows its worth with it.
        #expect(Self.flat(session.handle("help")).contains("Question 2 of 3 (2 points) The history section reasons"))
        _ = session.handle("skip")
        let end = Self.flat(session.handle("there is a precedent"))
        #expect(end.contains("Score: 2 of 4 points (50%)"), "\(end)")
        #expect(end.contains("Question 1: ✓ correct, 1 of 1 point"))
        #expect(end.contains("Question 2: – skipped, 0 of 2 points"))
        #expect(end.contains("The answer: A pre-Charter precedent still shows what is lawful"))
        #expect(end.contains("Question 3: ✓ correct, 1 of 1 point"))
    }

    /// The clock runs from the start, as Moodle's does: leaving says how much of it is left, and the rules say so.
    @Test func leavingATimedQuizSaysTheTimeLeft() throws {
        let clock = TestClock()
        let session = try session(try troopsThenPremise(.deferred), clock: clock)
        session.goodbye = "Bye. Your answers so far are kept."
        session.resumeHint = "To go on, type:\n  moot quiz report-23"
        let opening = Self.flat(session.handle("quiz report-23"))
        #expect(opening.contains("Time limit: 15 minutes from the start. It keeps running if you leave (quit or Ctrl-D) and come back"))
        clock.now += 49_000_000
        let bye = session.handle("quit")
        #expect(bye == "Bye. Your answers so far are kept.\nThe time limit keeps running: 14:11 left.\nTo go on, type:\n  moot quiz report-23")
    }
}
