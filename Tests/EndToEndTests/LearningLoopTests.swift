import Foundation
import PseudoTerminal
import Testing

/// The learning loop as a learner meets it on a real terminal (issue 12): one measure of "missed" on every screen,
/// commands at a question that leave it in view and cost nothing, and `continue` taking up what was left last.
@Suite(.serialized) struct LearningLoopTests {
    /// How many times `text` is on the screen so far.
    static func count(_ text: String, in terminal: Terminal) -> Int {
        terminal.screenText.components(separatedBy: text).count - 1
    }

    /// Waits until `text` is on the screen `times` times.
    static func waitFor(_ text: String, times: Int, in terminal: Terminal, seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            terminal.waitFor("")
            if count(text, in: terminal) >= times { return count(text, in: terminal) == times }
            usleep(20_000)
        }
        return false
    }

    /// The letter an option has on screen, from its text.
    static func letter(of option: String, in terminal: Terminal) -> String? {
        terminal.screenText.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.count > 3, trimmed.dropFirst().hasPrefix(") "), trimmed.contains(option) else { return nil }
            return String(trimmed.prefix(1))
        }.last
    }

    /// A partly right first try is tried again, and then counts as missed: at the end of the lesson, in
    /// `progress` (screen and JSON) and in review, with figures that add up and no "now … now".
    @Test func aPartlyRightFirstTryIsMissedOnEveryScreenAndTheCountsAddUp() throws {
        let state = try Paths.scratch()
        let terminal = try Terminal(state: state)
        #expect(terminal.startLessonOne(answering: ["no legal authority", "Colby Jenkins"]))
        let sdgt = try #require(Self.letter(of: "Specially Designated Global Terrorist", in: terminal))
        let fto = try #require(Self.letter(of: "Foreign Terrorist Organization", in: terminal))
        terminal.type(sdgt + Terminal.enter)
        // Partly right before the last try: a retry, as a wrong answer gets, and not the answer.
        #expect(terminal.waitFor("Try again (2 more)"))
        #expect(terminal.screenText.contains("◐ partly right (50%)"))
        #expect(!terminal.screenText.contains("The answer: "))
        terminal.type("\(sdgt) \(fto)" + Terminal.enter)
        #expect(terminal.waitFor("orientation 4/"))
        #expect(terminal.screenText.contains("Right: your answer matches ‘"))
        for position in 4...14 {
            terminal.type("skip" + Terminal.enter)
            if position < 14 { #expect(terminal.waitFor("orientation \(position + 1)/")) }
        }
        #expect(terminal.waitFor("Lesson 1 complete."))
        #expect(terminal.waitFor("Next: start precedent"))
        let ending = terminal.screenText.components(separatedBy: "Lesson 1 complete.").last ?? ""
        #expect(ending.contains("First try: 2 right, 12 missed of 14 (1 of them partly right)."))
        #expect(ending.contains("Missed (not right at the first try): 12 questions"))
        #expect(ending.contains("Type review now to go over them at once."))
        #expect(!ending.contains("questions now"))

        terminal.type("progress" + Terminal.enter)
        #expect(terminal.waitFor("first try: 2 right, 12 missed of 14 (1 of them partly right)"))
        #expect(terminal.waitFor("due for review ("))
        let report = terminal.screenText.components(separatedBy: "first try: 2 right").last ?? ""
        // Review's "you missed", due now and later, is the lesson's 12.
        let flat = report.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let dueMissed = flat.firstMatch(of: /due for review \((\d+) you missed/).flatMap { Int($0.1) } ?? 0
        let laterMissed = flat.firstMatch(of: /due later \((?:all )?(\d+) you missed/).flatMap { Int($0.1) } ?? 0
        #expect(dueMissed + laterMissed == 12, "\(flat)")
        for line in report.split(separator: "\n") {
            #expect(line.components(separatedBy: " now").count <= 2, "now said twice: \(line)")
        }
        terminal.type("quit" + Terminal.enter)
        #expect(terminal.waitForExit() == 0)

        let json = try #require(try JSONSerialization.jsonObject(with: Data(try runMoot(["progress", "--json"], state: state).stdout.utf8))
                                as? [String: Any])
        let lesson = try #require((json["lessons"] as? [[String: Any]])?.first)
        #expect(lesson["firstTryRight"] as? Int == 2)
        #expect(lesson["firstTryMissed"] as? Int == 12)
        #expect(lesson["firstTryPartly"] as? Int == 1)
        let review = try #require(json["review"] as? [String: Any])
        #expect((review["dueMissed"] as? Int ?? 0) + (review["laterMissed"] as? Int ?? 0) == 12)
    }

    /// `help`, `map`, `why`, `define` at a question leave it on screen again under what they print; a mistyped
    /// command word uses no try; `why` and `map` say first what they show.
    @Test func commandsAtAQuestionShowItAgainAndAStrayWordUsesNoTry() throws {
        let terminal = try Terminal(state: try Paths.scratch())
        let question = "What did the April 2025 testimony say"
        #expect(terminal.waitFor("moot> "))
        terminal.type("start 1" + Terminal.enter)
        #expect(terminal.waitFor("orientation 1/"))
        #expect(Self.count(question, in: terminal) == 1)
        terminal.type("help" + Terminal.enter)
        #expect(terminal.waitFor("this list"))
        #expect(Self.waitFor(question, times: 2, in: terminal))
        terminal.type("define fto" + Terminal.enter)
        #expect(terminal.waitFor("Foreign Terrorist Organization (FTO)"))
        #expect(Self.waitFor(question, times: 3, in: terminal))
        // A slip of "hint": told, and no try used — the first real answer still has two more after it.
        terminal.type("hnit" + Terminal.enter)
        #expect(terminal.waitFor("did you mean hint?"))
        #expect(terminal.screenText.contains("That used no try"))
        terminal.type("the moon is made of cheese" + Terminal.enter)
        #expect(terminal.waitFor("Try again (2 more)"))
        // A part of the map, asked twice (the first time only says it counts as a hint), says what it is and shows
        // the question again.
        terminal.type("map e-vietnam" + Terminal.enter)
        #expect(terminal.waitFor("counts as a hint"))
        #expect(Self.waitFor(question, times: 4, in: terminal))
        terminal.type("map e-vietnam" + Terminal.enter)
        #expect(terminal.waitFor("Part of the argument map:"))
        #expect(terminal.waitFor("→ supports: Judged by scale and effect"))
        #expect(Self.waitFor(question, times: 5, in: terminal))
        #expect(!terminal.screenText.contains("[evidence]") && !terminal.screenText.contains("[objection]"))
        terminal.type("why" + Terminal.enter)
        #expect(terminal.waitFor("Why: the verdict on your last answer, read from the argument map."))
        #expect(terminal.waitFor("this question counts as missed"))
        #expect(Self.waitFor(question, times: 6, in: terminal))
        terminal.type("quit" + Terminal.enter)
        #expect(terminal.waitForExit() == 0)
    }

    /// A lesson left for a review, the review left in turn: the welcome names both and what is due, `continue`
    /// takes up the one left last, `continue lesson` the lesson, and after that `continue` the lesson.
    @Test func continueTakesUpWhatWasLeftLastAndContinueLessonTheLesson() throws {
        let state = try Paths.scratch()
        do {
            let terminal = try Terminal(state: state)
            // Right, then missed ones on its parts: it comes back to review due now.
            #expect(terminal.startLessonOne(answering: ["no legal authority"]))
            for position in 2...14 {
                terminal.type("skip" + Terminal.enter)
                if position < 14 { #expect(terminal.waitFor("orientation \(position + 1)/")) }
            }
            #expect(terminal.waitFor("Lesson 1 complete."))
            terminal.type("start 2" + Terminal.enter)
            #expect(terminal.waitFor("precedent 1/"))
            terminal.type("skip" + Terminal.enter)
            #expect(terminal.waitFor("precedent 2/"))
            terminal.type("review all" + Terminal.enter)
            #expect(terminal.waitFor("review 1/"))
            terminal.type("skip" + Terminal.enter)
            #expect(terminal.waitFor("review 2/"))
            terminal.type(Terminal.controlD)
            #expect(terminal.waitForExit() == 0)
        }
        do {
            let terminal = try Terminal(state: state)
            #expect(terminal.waitFor("moot> "))
            let welcome = terminal.screenText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(welcome.contains("Welcome back: you stopped in review, before question 2 of"))
            #expect(welcome.contains("Lesson 2, The 1916 precedent, is unfinished too, at question 2 of 20: type continue lesson."))
            #expect(welcome.contains("due for review ("), "\(welcome)")
            terminal.type("continue lesson" + Terminal.enter)
            #expect(terminal.waitFor("picking up where you stopped"))
            #expect(terminal.waitFor("precedent 2/"))
            terminal.type("quit" + Terminal.enter)
            #expect(terminal.waitForExit() == 0)
        }
        let terminal = try Terminal(state: state)
        #expect(terminal.waitFor("moot> "))
        let welcome = terminal.screenText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(welcome.contains("Welcome back: you stopped in lesson 2, The 1916 precedent, before question 2 of 20. Type continue."))
        #expect(welcome.contains("Your review is unfinished too, at question 2 of"))
        terminal.type("continue" + Terminal.enter)
        #expect(terminal.waitFor("precedent 2/"))
        terminal.type("continue review" + Terminal.enter)
        #expect(terminal.waitFor("Review: picking up at question 2 of"))
        #expect(terminal.waitFor("review 2/"))
        terminal.type("quit" + Terminal.enter)
        #expect(terminal.waitForExit() == 0)
    }
}
