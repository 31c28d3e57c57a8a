import Testing
@testable import MootContent
@testable import MootModel
@testable import MootPresentation
@testable import MootSession

@Suite struct SessionTests {
    func session() -> Session { Session(course: RepositoryCourse.course, style: Style(color: false)) }

    @Test func thePromptShowsTheLessonAndQuestionNumber() {
        let session = session()
        #expect(session.prompt == "moot> ")
        _ = session.handle("start 1")
        let lesson = RepositoryCourse.course.lessons[0]
        #expect(session.prompt == "\(lesson.id) 1/\(lesson.questions.count)> ")
        _ = session.handle("skip")
        #expect(session.prompt == "\(lesson.id) 2/\(lesson.questions.count)> ")
    }

    @Test func anUnknownCommandSuggestsTheNearest() {
        #expect(session().handle("lesons").contains("did you mean 'lessons'?"))
        #expect(session().handle("strat 1").contains("did you mean 'start'?"))
    }

    @Test func anUnknownLessonListsTheValidOnes() {
        let output = session().handle("start 42")
        #expect(output.contains("No lesson '42'"))
        #expect(output.contains("1 \(RepositoryCourse.course.lessons[0].id)"))
    }

    @Test func anEmptyAnswerRepromptsWithoutCountingAsAnAttempt() {
        let session = session()
        _ = session.handle("start 1")
        let prompt = session.prompt
        #expect(session.handle("   ").contains("Type your answer"))
        #expect(session.prompt == prompt)
    }

    @Test func aCorrectAnswerMovesOnAndWrongOnesAreRevealedAfterThreeTries() {
        let session = session()
        _ = session.handle("start 1")
        #expect(session.handle("no legal authority").contains("✓ correct"))
        #expect(session.prompt.contains(" 2/"))
        let wrong = ["the moon", "the sun", "the stars", "the sea"]
        for index in 1..<Session.maxAttempts { #expect(session.handle(wrong[index]).contains("Try again")) }
        // The same wrong answer twice costs no try.
        #expect(session.handle(wrong[1]).contains("You gave that answer already"))
        #expect(session.handle(wrong[0]).contains("The answer:"))
        #expect(session.prompt.contains(" 3/"))
    }

    @Test func aSkippedAnswerDoesNotGiveTheNextQuestionsFigureAway() throws {
        let session = session()
        _ = session.handle("start precedent")
        let steps = RepositoryCourse.course.lesson("precedent")!.questions
        let troops = try #require(steps.firstIndex { $0.id == "precedent-troops" })
        while session.currentQuestion?.id != steps[troops - 1].id { _ = session.handle("skip") }
        let skipped = session.handle("skip")
        #expect(skipped.contains("Skipped. The answer:"))
        #expect(!skipped.contains("14,000") && !skipped.contains("14000"))
        #expect(session.currentQuestion?.id == "precedent-troops")
        // Once that question is closed, the same node's text is shown whole.
        #expect(session.handle("skip").contains("14,000"))
    }

    @Test func hintsEscalateAndRunOut() {
        let session = session()
        _ = session.handle("start 1")
        let hints = RepositoryCourse.course.lessons[0].questions[0].hints
        for index in hints.indices { #expect(session.handle("hint").contains("Hint \(index + 1)/\(hints.count)")) }
        #expect(session.handle("hint").contains("No more hints"))
    }

    @Test func whyExplainsTheLastVerdictFromTheMap() {
        let session = session()
        _ = session.handle("start 1")
        #expect(session.handle("why").contains("Answer first"))
        _ = session.handle("no legal authority")
        let why = session.handle("why")
        #expect(why.contains("Expected: Jenkins"))
        #expect(why.contains("In the map:"))
        #expect(why.contains("—rebuts→"))
    }

    @Test func aCommandWordStartingAnAnswerIsTreatedAsTheAnswer() {
        let session = session()
        _ = session.handle("start 1")
        #expect(session.handle("why they had no legal authority").contains("✓ correct"))
    }

    @Test func linesALearnerCanTypeNeverCrashIt() {
        let session = session()
        let nasty = [String(repeating: "x", count: 1_000_000), "\u{01}\u{02}\u{1B}[A", String(decoding: [0xC3, 0x28, 0xFF], as: UTF8.self),
                     "start", "start \u{0}", ":", "::", "hint", "skip", "why", "\u{202E}evil", "🙂🙂"]
        for line in nasty { _ = session.handle(line) }
        _ = session.handle("start 1")
        for line in nasty { _ = session.handle(line) }
        #expect(!session.isFinished)
        _ = session.handle("quit")
        #expect(session.isFinished)
    }

    @Test func completionOffersCommandsThenLessonIds() {
        let session = session()
        #expect(session.completions(for: "").contains("lessons"))
        #expect(session.completions(for: "start ").contains(RepositoryCourse.course.lessons[0].id))
    }

    /// `define` at a question does not name the part of the map the question asks about; it says one is left out.
    @Test func defineAtAQuestionLeavesOutThePartItAsksAbout() throws {
        let session = session()
        for lesson in RepositoryCourse.course.lessons {
            _ = session.handle("start \(lesson.id)")
            while let question = session.currentQuestion {
                if let entry = RepositoryCourse.course.glossary.first(where: { !Set($0.nodes).isDisjoint(with: question.nodes) }) {
                    let output = session.handle("define \(entry.id)")
                    let asked = entry.nodes.filter(question.nodes.contains).compactMap { RepositoryCourse.course.map.title(of: $0) }
                    #expect(!asked.isEmpty)
                    for title in asked { #expect(!output.contains(title), "\(question.id): define \(entry.id) names \(title)") }
                    #expect(output.contains("left out until you answer"))
                    return
                }
                _ = session.handle("skip")
            }
        }
        Issue.record("no question asks about a node a glossary term names")
    }
}
