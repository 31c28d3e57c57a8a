import Foundation
import Testing
@testable import MootContent
@testable import MootModel
@testable import MootPresentation
@testable import MootSession
@testable import MootStore
@testable import MootSupport

/// One definition of the first-try and final scores: what a lesson's ending says is what `progress` says, an
/// answer given after the answer was shown earns nothing, and an interrupted review is taken up after a restart.
@Suite struct ScoreAgreementTests {
    func session(_ store: Store) throws -> Session {
        let session = Session(course: RepositoryCourse.course, style: Style(color: false, width: 100))
        session.recorder = LearnerRecord(store: store, learner: try store.learner(named: "ada", create: true),
                                         course: RepositoryCourse.course)
        return session
    }

    func store() throws -> Store { try Store(url: try StoreTests.folder().appendingPathComponent("moot.sqlite")) }

    /// Answers every question of lesson 1: right where `right` says so, otherwise wrong, `why`, then the answer
    /// typed back (or skipped for a question with one try). Returns the ending's text.
    func playLessonOne(_ session: Session, right: (Int) -> Bool) -> String {
        _ = session.handle("start 1")
        var output = ""
        for (index, question) in RepositoryCourse.course.lessons[0].questions.enumerated() {
            let answer = QuestionPresenter(map: RepositoryCourse.course.map, style: session.style)
                .answer(question, choiceOrder: session.choiceOrder(question))
            let typed = Self.typeable(answer, question)
            if right(index) { output = session.handle(typed); continue }
            output = session.handle(Self.wrong(question, order: session.choiceOrder(question)))
            if session.currentQuestion?.id == question.id {
                _ = session.handle("why")
                output = session.handle(typed)
            }
            if session.currentQuestion?.id == question.id { output = session.handle("skip") }
        }
        return output
    }

    /// What a learner would type to give the revealed answer back: the letters of a choice, the words otherwise.
    static func typeable(_ answer: String, _ question: Question) -> String {
        if case .choice = question.body {
            return answer.components(separatedBy: "; ").compactMap { $0.split(separator: ")").first.map(String.init) }.joined(separator: " ")
        }
        // A key of several parts is typed back whole: each part's title.
        return answer.components(separatedBy: " | ").compactMap { $0.components(separatedBy: ": ").first }.joined(separator: "; ")
    }

    /// An answer the grader reads and marks wrong.
    static func wrong(_ question: Question, order: [Int]?) -> String {
        switch question.body {
        case .choice(let choices):
            let shown = order ?? Array(choices.indices)
            return shown.firstIndex { !choices[$0].correct }.map(QuestionLayout.letter) ?? "a"
        case .truefalse(let answer, _): return answer ? "false" : "true"
        case .numeric: return "0"
        case .classify:
            let kind = RepositoryCourse.course.map[question.nodes[0]]?.kind
            return NodeKind.allCases.first { $0 != kind }?.rawValue ?? "claim"
        case .order(let steps): return QuestionLayout.orderItems(steps, id: question.id).indices.reversed().map(QuestionLayout.letter).joined(separator: " ")
        default: return "the moon is made of cheese"
        }
    }

    static func percent(_ label: String, in text: String) -> Int? {
        guard let match = text.firstMatch(of: try! Regex<(Substring, Substring)>(label + #" (\d+)%"#)) else { return nil }
        return Int(match.1)
    }

    @Test func theLessonEndingAndProgressGiveTheSameFirstTryAndFinalScores() throws {
        let store = try store()
        let session = try session(store)
        let ending = playLessonOne(session) { $0 % 2 == 0 }
        let firstTry = try #require(Self.percent("First-try score", in: ending))
        let final = try #require(Self.percent("by the end of the lesson", in: ending))
        let report = try #require(session.recorder).progress(now: session.clock.now())
        #expect(Int((report.lessons[0].firstTry * 100).rounded()) == firstTry)
        #expect(Int((report.lessons[0].score * 100).rounded()) == final)
        // Every odd question was missed and then answered from the shown answer: none of them earns a point.
        let questions = RepositoryCourse.course.lessons[0].questions
        let rightShare = Double(questions.indices.filter { $0 % 2 == 0 }.count) / Double(questions.count)
        #expect(final <= Int((rightShare * 100).rounded()))
        let rendered = report.render(style: Style(color: false, width: 100))
        #expect(rendered.contains("first try \(firstTry)%, latest \(final)%"))
        #expect(rendered.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("latest: your last answer to each, review included"))
    }

    /// Quit at question 6 of lesson 1, restart, `continue`: the ending counts all the lesson's questions, with the
    /// figures `progress` gives, not only those of the second sitting.
    @Test func aLessonTakenUpAfterARestartEndsWithTheWholeLesson() throws {
        let store = try store()
        let first = try session(store)
        _ = first.handle("start 1")
        let question = try #require(first.currentQuestion)
        let answer = QuestionPresenter(map: RepositoryCourse.course.map, style: first.style).answer(question, choiceOrder: first.choiceOrder(question))
        #expect(first.handle(Self.typeable(answer, question)).contains("✓ correct"))
        for _ in 0..<4 { _ = first.handle("skip") }
        _ = first.handle("quit")

        let second = try session(store)
        #expect(second.handle("continue").contains("picking up where you stopped"))
        var ending = ""
        while second.currentQuestion != nil { ending = second.handle("skip") }
        let count = RepositoryCourse.course.lessons[0].questions.count
        #expect(ending.contains("First try: 1 right, \(count - 1) missed of \(count)"), "\(ending)")
        let report = try #require(second.recorder).progress(now: second.clock.now())
        #expect(Self.percent("First-try score", in: ending) == Int((report.lessons[0].firstTry * 100).rounded()))
        #expect(Self.percent("by the end of the lesson", in: ending) == Int((report.lessons[0].score * 100).rounded()))
    }

    /// The parts listed as missed are the ones the count of missed questions is spread over, said so.
    @Test func theMissedQuestionsAndThePartsListedAgree() throws {
        let ending = playLessonOne(try session(try store())) { _ in false }
        let match = try #require(ending.firstMatch(of: #/Missed \(not right at the first try\): (\d+) questions, on (\d+) parts of the argument:/#))
        #expect(Int(match.1) == RepositoryCourse.course.lessons[0].questions.count)
        let bullets = ending.split(separator: "\n").filter { $0.hasPrefix("  • ") }.count
        #expect(Int(match.2) == bullets)
        #expect(ending.contains("Type review now to go over them at once."))
    }

    /// One measure of missed: a partly right first try is missed at the end of the lesson, in `progress` and in
    /// review alike, and the figures add up — right and missed to the questions answered, review's "you missed"
    /// (due now and later) to the lesson's missed.
    @Test func aPartlyRightFirstTryIsMissedOnEveryScreenAndTheCountsAddUp() throws {
        let store = try store()
        let session = try session(store)
        let questions = RepositoryCourse.course.lessons[0].questions
        let presenter = QuestionPresenter(map: RepositoryCourse.course.map, style: session.style)
        _ = session.handle("start 1")
        var ending = "", partly = 0
        for question in questions {
            let typed = Self.typeable(presenter.answer(question, choiceOrder: session.choiceOrder(question)), question)
            // A question with several right options gets one of them first: partly right, and tried again.
            if case let .choice(choices) = question.body, choices.filter(\.correct).count > 1 {
                let reply = session.handle(String(typed.split(separator: " ")[0]))
                #expect(reply.contains("partly right") && reply.contains("Try again"), "\(reply)")
                partly += 1
            }
            ending = session.handle(typed)
            if session.currentQuestion?.id == question.id { ending = session.handle("skip") }
        }
        #expect(partly > 0)
        #expect(ending.contains("partly right)"), "\(ending)")
        let match = try #require(ending.firstMatch(of: #/First try: (\d+) right, (\d+) missed of (\d+)/#), "\(ending)")
        let (right, missed) = (Int(match.1)!, Int(match.2)!)
        #expect(right + missed == questions.count)
        let report = try #require(session.recorder).progress(now: session.clock.now())
        #expect(report.lessons[0].firstTryRight == right)
        #expect(report.lessons[0].firstTryMissed == missed)
        #expect(report.review.dueMissed + report.review.laterMissed == missed)
        let rendered = report.render(style: Style(color: false, width: 100))
        #expect(rendered.contains("first try: \(right) right, \(missed) missed of \(questions.count)"), "\(rendered)")
    }

    @Test func aTrueOrFalseQuestionGetsOneTryAndShowsTheAnswerAfterIt() throws {
        let store = try store()
        let session = try session(store)
        _ = session.handle("start 1")
        let lesson = RepositoryCourse.course.lessons[0]
        while let question = session.currentQuestion, !{ if case .truefalse = question.body { true } else { false } }() {
            _ = session.handle("skip")
        }
        let question = try #require(session.currentQuestion)
        guard case let .truefalse(answer, _) = question.body else { Issue.record("no true/false question in \(lesson.id)"); return }
        let output = session.handle(answer ? "false" : "true")
        #expect(!output.contains("Try again"))
        #expect(output.contains("The answer: \(answer)"))
        #expect(session.currentQuestion?.id != question.id)
    }

    @Test func anInterruptedReviewIsTakenUpAfterARestart() throws {
        let store = try store()
        let first = try session(store)
        _ = playLessonOne(first) { _ in false }
        #expect(first.handle("review all").contains("Drilling every question on your review list"))
        let asked = try #require(first.currentQuestion)
        _ = first.handle("skip")
        let second = try #require(first.currentQuestion)
        #expect(second.id != asked.id)
        _ = first.handle("quit")

        let restarted = try session(store)
        #expect(restarted.welcome().contains("Welcome back: you stopped in review, before question 2 of"))
        let resumed = restarted.handle("continue")
        #expect(resumed.contains("Review: picking up at question 2 of"))
        #expect(restarted.currentQuestion?.id == second.id)
        // Starting a lesson instead puts the review aside: the welcome no longer offers it.
        _ = restarted.handle("start 2")
        #expect(!(try self.session(store)).welcome().contains("stopped in review"))
    }

    /// The welcome, `review`, the end of a review and `progress` count what review holds from one source and say
    /// it in the same words; a question brought back only because it shares a part of the argument with a missed
    /// one is not called missed.
    @Test func everyScreenCountsReviewTheSameWay() throws {
        let store = try store()
        let session = try session(store)
        _ = playLessonOne(session) { $0 % 3 == 0 }
        let recorder = try #require(session.recorder)
        let counts = try recorder.reviewCounts(now: session.clock.now())
        #expect(counts.dueNow > 0)
        let line = counts.lines(command: "review", style: session.style)[0]
        let flat = { (text: String) in text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(flat(session.welcome()).contains(line))
        #expect(flat(session.handle("progress")).contains(line))
        #expect(flat(try recorder.progress(now: session.clock.now()).render(style: session.style, reviewCommand: "moot review"))
            .contains("type moot review."))
        // Siblings answered right at the first try are the ones not called missed.
        let due = try recorder.reviewQueue(all: false, now: session.clock.now(), limit: 1000)
        let saved = try recorder.scores(of: due)
        let rightBefore = due.filter { (saved[$0]?.firstTry ?? 0) >= 0.999 }.count
        #expect(counts.dueNow - counts.dueMissed == rightBefore)
        let heading = session.handle("review")
        #expect(flat(heading).contains(counts.heading(taken: min(20, counts.dueNow))))
        var ending = heading
        while session.currentQuestion != nil { ending = session.handle("skip") }
        let after = try recorder.reviewCounts(now: session.clock.now())
        #expect(flat(ending).contains(after.lines(command: "review", style: session.style).joined(separator: " ")))
        #expect(flat(ending).contains(after.lines(command: "review", style: session.style)[0]))
    }

    @Test func aTimeAheadIsSaidRelativeToNow() {
        let minute: Int64 = 60_000_000
        #expect(RelativeTime.phrase(from: 0, to: 10 * minute) == "in 10 minutes")
        #expect(RelativeTime.phrase(from: 0, to: 3 * 60 * minute) == "in 3 hours")
        #expect(RelativeTime.phrase(from: 0, to: 30 * 60 * minute) == "tomorrow")
        #expect(RelativeTime.phrase(from: 0, to: 4 * 24 * 60 * minute) == "in 4 days")
        #expect(RelativeTime.phrase(from: 0, to: 20_000_000) == "in under a minute")
    }
}
