import Foundation
import PseudoTerminal
import Testing

@Suite(.serialized) struct MemoryTests {
    @Test func aKillLosesNothingAndTheLessonResumesAtTheNextQuestion() throws {
        let state = try Paths.scratch()
        let terminal = try Terminal(state: state)
        #expect(terminal.waitFor("moot> "))
        terminal.type("start 1" + Terminal.enter)
        #expect(terminal.waitFor("orientation 1/"))
        terminal.type("no legal authority" + Terminal.enter)
        #expect(terminal.waitFor("orientation 2/"))
        terminal.type("Colby Jenkins" + Terminal.enter)
        #expect(terminal.waitFor("orientation 3/"))
        terminal.type("a b" + Terminal.enter)
        #expect(terminal.waitFor("orientation 4/"))
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
        #expect(resumed.stdout.contains("picking up where you stopped"))
        #expect(resumed.stdout.contains("True or false: according to Pedrozo, a Foreign Terrorist Organization"))
    }

    @Test func reviewServesMissedQuestionsAndSaysWhenTheNextIsDue() throws {
        let state = try Paths.scratch()
        _ = try runMoot([], input: "start 1\nno legal authority\nskip\nquit\n", state: state)
        let review = try runMoot(["review"], input: "skip\nquit\n", state: state)
        #expect(review.status == 0)
        #expect(review.stdout.contains("Review: 1 missed question due"))
        #expect(review.stdout.contains("What was his position in fact?"))
        #expect(review.stdout.contains("Review done. The next missed question is due"))
        let all = try runMoot(["review", "--all"], input: "quit\n", state: state)
        #expect(all.stdout.contains("Drilling every question you have missed: 2."))
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
