import Foundation
import PseudoTerminal
import Testing

@Suite(.serialized) struct MemoryTests {
    @Test func aKillLosesNothingAndTheLessonResumesAtTheNextQuestion() throws {
        let state = try Paths.scratch()
        let terminal = try Terminal(state: state)
        #expect(terminal.startLessonOne(answering: ["no legal authority", "Colby Jenkins", "skip"]))
        terminal.type("half an answer being typed")
        kill(terminal.pid, SIGKILL)
        #expect(terminal.waitForExit() == 128 + SIGKILL)

        let progress = try runMoot(["progress", "--json"], state: state)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(progress.stdout.utf8)) as? [String: Any])
        let lessons = try #require(json["lessons"] as? [[String: Any]])
        #expect(lessons[0]["done"] as? Int == 3)

        let resumed = try runMoot([], input: "continue\nquit\n", state: state)
        #expect(resumed.stdout.contains("Welcome back: you stopped in lesson 1"))
        #expect(resumed.stdout.contains("before question 4 of"))
        #expect(resumed.stdout.replacingOccurrences(of: "\n", with: " ").contains("picking up where you stopped"))
        #expect(resumed.stdout.contains("True or false: according to Pedrozo, a Foreign Terrorist Organization"))
    }

    @Test func anInterruptedReviewOrPracticeIsTakenUpAfterARestart() throws {
        let state = try Paths.scratch()
        _ = try runMoot([], input: "start 1\n" + String(repeating: "skip\n", count: 14) + "review all\nskip\nquit\n", state: state)
        let review = try runMoot([], input: "continue\nquit\n", state: state)
        #expect(review.stdout.contains("Welcome back: you stopped in review, before question 2 of"))
        #expect(review.stdout.contains("Review: picking up at question 2 of"))
        // A practice run left open is offered the same way, and finishing it leaves nothing to take up.
        _ = try runMoot([], input: "practice\nskip\nskip\nquit\n", state: state)
        let practice = try runMoot([], input: "continue\n" + String(repeating: "skip\n", count: 8) + "quit\n", state: state)
        #expect(practice.stdout.contains("Welcome back: you stopped in practice, before question 3 of 10."))
        #expect(practice.stdout.contains("Practice: picking up at question 3 of 10."))
        #expect(practice.stdout.contains("Practice done."))
        let after = try runMoot([], input: "quit\n", state: state)
        #expect(!after.stdout.contains("you stopped in practice"))
    }

    @Test func reviewServesOnlyWhatWasMetAndSaysWhenTheNextIsDue() throws {
        let state = try Paths.scratch()
        _ = try runMoot([], input: "start 1\nno legal authority\nskip\nquit\n", state: state)
        // The skip is due after its relearning step; its node's question in lesson 8 was never met, so it stays out.
        let review = try runMoot(["review"], input: "quit\n", state: state)
        #expect(review.status == 0)
        #expect(review.stdout.contains("Nothing is due for review."))
        // When, said relative to now, not as a UTC stamp.
        #expect(review.stdout.contains("1 more comes due later (one you missed), the first of them in "))
        #expect(!review.stdout.contains("Z."))
        #expect(!review.stdout.contains("What was his position in fact?"))
        let all = try runMoot(["review", "--all"], input: "skip\nquit\n", state: state)
        #expect(all.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("on the same parts): 1."))
        #expect(all.stdout.contains("Review done."))
        let progress = try runMoot(["progress"], state: state)
        #expect(progress.stdout.contains("1. orientation"))
        #expect(progress.stdout.contains("2/14"))
        #expect(!progress.stdout.contains("\u{1B}"))
    }

    @Test func aBadDatabaseIsRefusedWithAReasonAndLeftUntouched() throws {
        let state = try Paths.scratch()
        let folder = state.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("moot.sqlite")
        try Data("garbage, not SQLite".utf8).write(to: file)
        let run = try runMoot(["progress"], state: state, environment: ["MOOT_HOME": folder.path])
        #expect(run.status == 74)
        #expect(run.stderr.contains("is not a moot database ("))
        #expect(try String(contentsOf: file, encoding: .utf8) == "garbage, not SQLite")
        let blocked = try runMoot(["--data-dir", file.appendingPathComponent("sub").path], input: "quit\n", state: state)
        #expect(blocked.status == 74)
        #expect(blocked.stderr.contains("cannot write progress"))
    }

    @Test func anUnknownLearnerIsNotCreatedByAccident() throws {
        let state = try Paths.scratch()
        _ = try runMoot(["progress"], state: state)
        let typo = try runMoot(["progress", "--learner", "testerr"], state: state)
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("no learner 'testerr' (did you mean 'tester'?)"))
        let created = try runMoot(["progress", "--learner", "newbie", "--new-learner"], state: state)
        #expect(created.status == 0)
    }
}
