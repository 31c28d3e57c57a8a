import Foundation
import PseudoTerminal
import Testing

/// Only the first try counts, and a wrong try is not told the answer.
@Suite(.serialized) struct FirstTryTests {
    @Test func anAnswerTypedBackAfterItWasShownCountsAsMissed() throws {
        let state = try Paths.scratch()
        let terminal = try Terminal(state: state)
        #expect(terminal.waitFor("moot> "))
        terminal.type("start 1" + Terminal.enter)
        #expect(terminal.waitFor("orientation 1/"))
        terminal.type("an armed attack on the US" + Terminal.enter)
        #expect(terminal.waitFor("Try again (2 more)"))
        // The diagnosis does not give the answer away.
        #expect(!terminal.output.contains("no legal authority for strikes"))
        terminal.type("why" + Terminal.enter)
        #expect(terminal.waitFor("counts as missed"))
        terminal.type("no legal authority" + Terminal.enter)
        #expect(terminal.waitFor("The answer had been shown, so this one counts as missed"))
        #expect(terminal.screenText.contains("✓ that is the answer shown"))
        #expect(!terminal.screenText.contains("✓ correct"))
        #expect(terminal.waitFor("orientation 2/"))
        terminal.type("quit" + Terminal.enter)
        #expect(terminal.waitForExit() == 0)

        let progress = try runMoot(["progress", "--json"], state: state)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(progress.stdout.utf8)) as? [String: Any])
        let lesson = try #require((json["lessons"] as? [[String: Any]])?.first)
        #expect(lesson["done"] as? Int == 1)
        #expect(lesson["firstTry"] as? Double == 0)
        // Nor does it count at the end: the final score is the credit it closed with, none once the answer was shown.
        #expect(lesson["score"] as? Double == 0)
        // The first try was the FSRS review, rated Again: the question is on the missed list.
        #expect(json["missed"] as? Int == 1)
    }

    @Test func aLessonEndsWithTheFirstTryScoreAndWhatWasMissed() throws {
        let state = try Paths.scratch()
        let run = try runMoot([], input: "start 1\n" + String(repeating: "skip\n", count: 30) + "quit\n", state: state)
        #expect(run.stdout.contains("Lesson 1 complete."))
        #expect(run.stdout.contains("First try: 0 right, 14 missed of 14. First-try score 0%"))
        #expect(run.stdout.contains("Missed (not right at the first try): 14 questions, on "))
        #expect(run.stdout.contains("review now"))
    }
}
