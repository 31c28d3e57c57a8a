import Foundation
import PseudoTerminal
import Testing

/// What a student may do during `moot quiz`: only what belongs to the quiz, with an essay's rubric only after the
/// answer, and a way back after Ctrl-D.
@Suite(.serialized) struct QuizRulesTests {
    @Test func midQuizOnlyTheQuizCommandsWorkAndHelpListsTheQuizzes() throws {
        let state = try Paths.scratch()
        let run = try runMoot(["quiz", "unit-orientation", "--student", "kim"],
                              input: "map\nprogress\nlessons\nstart 2\nreview\ndefine armed attack\nquiz final\npractice\ncontinue\nhelp\nquit\n",
                              state: state)
        #expect(run.status == 0)
        for command in ["map", "progress", "lessons", "start", "review", "define", "quiz", "practice", "continue"] {
            #expect(run.stdout.contains("Not during a quiz: \(command)."), "\(command)")
        }
        // Nothing of the tutor leaked through: no map node, no lesson list, no progress bars.
        #expect(!run.stdout.contains("[premise]") && !run.stdout.contains("1. orientation") && !run.stdout.contains("░"))
        let flat = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Quizzes: counterarguments, final, unit-orientation"))
        #expect(flat.contains("skip leave this question blank and go on"))
        #expect(!flat.contains("start LESSON"), "help lists only what works during the quiz")
        // The refused commands were not taken as answers: the first question is still open.
        // moot is not on the tests' PATH, so the command names it by the path it was started by.
        #expect(flat.contains("To go on, type: \(Paths.moot.path) quiz unit-orientation --student kim"))
        let resumed = try runMoot(["quiz", "unit-orientation", "--student", "kim"], input: "quit\n", state: state)
        #expect(resumed.stdout.contains("Resuming your unfinished attempt (0 answered)."))
    }

    @Test func anUnknownQuizListsTheQuizzesAndExitsSixtyFour() throws {
        let run = try runMoot(["quiz", "no-such-quiz", "--student", "kim"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("no quiz 'no-such-quiz'"))
        #expect(run.stderr.contains("quizzes: counterarguments, final, unit-orientation"))
        #expect(!run.stdout.contains("moot>"))
    }

    @Test func anEssaysRubricComesWithItsVerdictNotBefore() throws {
        let state = try Paths.scratch()
        // unit-orientation shows verdicts as it goes; its last question is an essay.
        let answers = ["b"] + Array(repeating: "skip", count: 7) + ["It shows the US has acted in Mexico before, but 1916 predates the UN Charter."]
        var before = try runMoot(["quiz", "unit-orientation", "--student", "lee"], input: (answers.dropLast() + ["quit"]).joined(separator: "\n") + "\n", state: state)
        #expect(before.stdout.contains("In two sentences"), "the essay is on screen")
        #expect(!before.stdout.contains("How this answer is graded"))
        #expect(!before.stdout.contains("Incursions into Mexico are nothing new"), "a criterion is the answer's point")
        before = try runMoot(["quiz", "unit-orientation", "--student", "lee"], input: answers.suffix(1).joined() + "\n", state: state)
        let after = before.stdout
        let graded = try #require(after.range(of: "How this answer is graded"))
        #expect(after[graded.upperBound...].contains("Incursions into Mexico are nothing new ("))
        let path = try #require(after.components(separatedBy: "Your submission: ").dropFirst().first?.prefix { $0 != "\n" })
        // The instructor reads the same rubric, criterion by criterion.
        let grade = try runMoot(["grade", "unit-orientation", String(path)], state: state)
        #expect(grade.status == 0)
        #expect(grade.stdout.contains("precedent-explain: How this answer is graded"))
        #expect(grade.stdout.contains("Incursions into Mexico are nothing new ("))
    }

    @Test func aStudentPackShowsNoRubricBeforeTheEssay() throws {
        let state = try Paths.scratch()
        let folder = state.appendingPathComponent("pack")
        #expect(try runMoot(["quiz", "pack", "final", "--out", folder.path], state: state).status == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("quiz.json"), encoding: .utf8)
        #expect(text.contains("IRAC"), "the essay is in the pack")
        #expect(!text.contains("How this answer is graded"))
        // Taking it: a tutor command is refused by name, not saved as the answer.
        let take = try runMoot(["quiz", folder.appendingPathComponent("quiz.json").path, "--student", "ed", "--content", "/nonexistent"],
                               input: "map\nprogress\nquit\n", state: state)
        #expect(take.stdout.contains("Not during a quiz: map.") && take.stdout.contains("Not during a quiz: progress."))
        #expect(!take.stdout.contains("Saved."), "\(take.stdout)")
        // Leaving says the exact command that carries on.
        let pack = folder.appendingPathComponent("quiz.json").path
        #expect(take.stdout.contains("To go on, type:\n  \(Paths.moot.path) quiz \(pack) --student ed"), "\(take.stdout)")
        // The final is timed: the clock runs from the start, and leaving says what is left of it.
        #expect(take.stdout.contains("Your answers so far are saved.\nThe time limit keeps running: 4"), "\(take.stdout)")
        #expect(take.stdout.contains("Question 1 of "), "each question says what it is worth")
    }

    /// Ctrl-D on a real terminal, part-way through: the goodbye is the exact command, and that command resumes.
    /// With `moot` on PATH being this very program, the command says `moot`.
    @Test func controlDInAQuizPrintsTheCommandThatResumesIt() throws {
        let state = try Paths.scratch()
        let bin = state.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("moot"), withDestinationURL: Paths.moot)
        let terminal = try Terminal(arguments: ["quiz", "unit-orientation", "--student", "Ann Lee"], state: state,
                                    environment: ["PATH": bin.path + ":/usr/bin:/bin"])
        #expect(terminal.waitFor("unit-orientation 1/9"))
        terminal.type("b" + Terminal.enter)
        #expect(terminal.waitFor("unit-orientation 2/9"))
        terminal.type(Terminal.controlD)
        #expect(terminal.waitForExit() == 0)
        #expect(terminal.isRestored)
        let screen = terminal.screenText.replacingOccurrences(of: "\r", with: "")
        #expect(screen.contains("Your answers so far are kept."))
        #expect(screen.contains(/The time limit keeps running: 1[45]:\d\d left\./), "\(screen)")
        #expect(screen.contains("To go on, type:"))
        let command = try #require(screen.split(separator: "\n").first { $0.hasPrefix("  moot quiz ") })
        #expect(command == "  moot quiz unit-orientation --student 'Ann Lee'", "\(command)")
        let resumed = try runMoot(["quiz", "unit-orientation", "--student", "Ann Lee"], input: "quit\n", state: state)
        #expect(resumed.stdout.contains("Resuming your unfinished attempt (1 answered)."))
    }

    /// A copy of the course's content with one more quiz file.
    func content(with quiz: String) throws -> URL {
        let root = try Paths.scratch()
        for folder in ["Lessons", "Quizzes"] {
            try FileManager.default.copyItem(at: Paths.repository.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        try quiz.write(to: root.appendingPathComponent("Quizzes/extra.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    @Test func instructionsThatMiscountTheQuestionsFailTheCheck() throws {
        let wrong = try runMoot(["check", "--content", try content(with: """
            id: extra
            title: Three questions, said to be four
            instructions: Four questions on the first lesson.
            questions:
              - id: orientation-thesis
              - id: orientation-testimony
              - id: orientation-designation-tf
            """).path])
        #expect(wrong.status == 1)
        #expect(wrong.stdout.contains("Quizzes/extra.yaml:3:15: error: quiz 'extra' says 4 questions in its instructions, but it has 3"), "\(wrong.stdout)")
        // In words, with the essays counted apart, as the final does: clean.
        let right = try runMoot(["check", "--content", try content(with: """
            id: extra
            title: Two and an essay
            instructions: Two short questions and one essay.
            questions:
              - id: orientation-thesis
              - id: orientation-testimony
              - id: capstone-irac
            """).path])
        #expect(right.status == 0, "\(right.stdout)")
        // The course's own quizzes state their counts truly (the final: "Twenty questions … and one IRAC analysis").
        #expect(try runMoot(["check"]).status == 0)
    }

    @Test func aQuizQuestionThatLeansOnTheOneBeforeIsReported() throws {
        let run = try runMoot(["check", "--content", try content(with: """
            id: extra
            title: Leaning
            questions:
              - id: orientation-thesis
              - question:
                  id: extra-lean
                  kind: truefalse
                  prompt: And this one? The designation alone authorises force.
                  answer: false
                  why: Pedrozo agrees with Jenkins that the label alone is no authority.
                  nodes: [p-designation-not-authority]
                  hints: [Re-read his concession., He agrees with Jenkins on this.]
            """).path])
        #expect(run.status == 0, "a warning, not an error")
        #expect(run.stderr.contains("Quizzes/extra.yaml:6:7: warning: quiz 'extra' (Quizzes/extra.yaml:1:1) draws 'extra-lean'"), "\(run.stderr)")
        #expect(run.stderr.contains("'and this one' leans on the question before"))
        #expect(!(try runMoot(["check"]).stderr.contains("leans on the question before")), "no course question leans")
    }
}
