import Foundation
import Testing
@testable import MootContent
@testable import MootModel
@testable import MootPresentation
@testable import MootSession
@testable import MootStore
@testable import MootSupport

/// The session's logic on the small fixture course, with a fake recorder: an edit to the real lessons cannot
/// break these.
@Suite struct SessionUnitTests {
    let recorder = FakeRecorder()

    func session() throws -> Session {
        let session = Session(course: try CourseLoader.load(root: try Fixture().root), style: Style(color: false))
        session.recorder = recorder
        session.clock = Clock { 1_700_000_000_000_000 }
        return session
    }

    @Test func aLessonShowsItsNarrationThenItsQuestionsNumbered() throws {
        let session = try session()
        #expect(session.prompt == "moot> ")
        let start = session.handle("start 1")
        #expect(start.contains("Lesson 1: Lesson one"))
        #expect(start.contains("Some narration."))
        #expect(session.prompt == "one 1/2> ")
    }

    @Test func aRightFirstAnswerIsRecordedAsAGoodReviewAndMovesOn() throws {
        let session = try session()
        _ = session.handle("start 1")
        #expect(session.handle("strikes are lawful self-defence").contains("✓ correct"))
        #expect(recorder.recorded == [.init(question: "q1", outcome: "correct", rating: .good, attempt: 1)])
        #expect(session.prompt == "one 2/2> ")
    }

    @Test func onlyTheFirstTryIsAReview() throws {
        let session = try session()
        _ = session.handle("start 1")
        #expect(session.handle("the moon").contains("Try again"))
        _ = session.handle("strikes are lawful self-defence")
        #expect(recorder.recorded.map(\.rating) == [.again, nil])
    }

    @Test func aSkipIsRecordedAsAgainAndShowsTheAnswer() throws {
        let session = try session()
        _ = session.handle("start 1")
        #expect(session.handle("skip").contains("The answer:"))
        #expect(recorder.skipped.map(\.question) == ["q1"])
        #expect(recorder.skipped.map(\.rating) == [.again])
    }

    @Test func finishingALessonKeepsThePlace() throws {
        let session = try session()
        _ = session.handle("start 1")
        _ = session.handle("strikes are lawful self-defence")
        #expect(session.handle("true").contains("Lesson 1 complete."))
        #expect(recorder.position == ResumePoint(lesson: "one", question: 2))
        #expect(session.prompt == "moot> ")
    }

    @Test func reviewAsksTheQueuedQuestions() throws {
        let session = try session()
        recorder.queue = ["q2"]
        #expect(session.handle("review").contains("Review: the question due, most overdue first: 1 you missed."))
        #expect(session.prompt == "review 1/1> ")
        recorder.queue = []
        _ = session.handle("true")
        #expect(session.handle("review").contains("Nothing is due for review."))
    }

    @Test func withoutARecorderReviewSaysSo() throws {
        let session = Session(course: try CourseLoader.load(root: try Fixture().root), style: Style(color: false))
        #expect(session.handle("review").contains("Review needs saved progress"))
    }

    /// What `why` costs is on screen before it is used: in the retry line and in `help`.
    @Test func theRetryLineSaysWhatWhyCostsBeforeItIsUsed() throws {
        let session = try session()
        _ = session.handle("start 1")
        let retry = session.handle("the moon").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(retry.contains("why (explains your answer and shows the answer; the question then counts as missed)"))
        let help = session.handle("help").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("at a question still open it shows the answer too, and the question counts as missed"))
    }

    /// At a question the first `map` only says that looking counts as a hint; the second shows it and counts.
    @Test func theMapAtAQuestionSaysItIsAHintBeforeShowingAnything() throws {
        let session = try session()
        _ = session.handle("start 1")
        let warning = session.handle("map objection")
        #expect(warning.contains("counts as a hint"))
        #expect(!warning.contains("[objection]"))
        _ = session.handle("strikes are lawful self-defence")
        // Only told, not looked: the right first answer is still Good.
        #expect(recorder.recorded.last?.rating == .good)
        #expect(session.handle("map thesis").contains("counts as a hint"))
        let shown = session.handle("map thesis")
        #expect(!shown.contains("counts as a hint"))
        // The map says first what it shows, gives kinds in words, never as "[thesis]" tags.
        #expect(shown.hasPrefix("Part of the argument map:"))
        #expect(shown.contains("(the thesis)"))
        #expect(!shown.contains("["))
        _ = session.handle("true")
        #expect(recorder.recorded.last?.rating != .good)
    }

    /// One slip from a command's name is a slip; a letter, a short word or an answer word is not.
    @Test func aWordOneSlipFromACommandIsTakenForOne() {
        #expect(Session.commandSlip("hnit") == "hint")
        #expect(Session.commandSlip("mpa") == "map")
        #expect(Session.commandSlip("reveiw") == "review")
        #expect(Session.commandSlip("skp") == "skip")
        for answer in ["a", "c", "t", "no", "state", "evidence", "reply", "claim", "true", "false", "help", "Pershing", "1917"] {
            #expect(Session.commandSlip(answer.lowercased()) == nil, "\(answer)")
        }
    }

    /// A slip at a question uses no try and is said; typed again it is graded as the answer.
    @Test func aStrayCommandWordAtAQuestionUsesNoTry() throws {
        let session = try session()
        _ = session.handle("start 1")
        #expect(session.handle("hnit").contains("did you mean hint?"))
        #expect(recorder.recorded.isEmpty)
        #expect(session.handle("hnit").contains("Try again"))
        #expect(recorder.recorded.map(\.attempt) == [1])
    }

    /// `help` at a question ends with the question again, so it has not scrolled away.
    @Test func helpAtAQuestionShowsTheQuestionAgain() throws {
        let session = try session()
        let question = session.handle("start 1").split(separator: "\n").last.map(String.init) ?? ""
        let help = session.handle("help")
        #expect(help.hasPrefix("Commands"))
        #expect(help.hasSuffix(question))
        #expect(help.contains(try #require(session.currentQuestion).prompt))
        #expect(!session.handle(":help").isEmpty)
    }
}
