import Foundation
import Testing

/// Instructor quizzes, end to end: taking under the rules, submissions, regrading, refusals, packs, interchange.
@Suite(.serialized) struct QuizTests {
    /// Takes a quiz through the tutor and returns the submission file's JSON.
    func take(_ quiz: String, student: String, answers: [String], state: URL, extra: [String] = []) throws -> (Run, URL?) {
        let run = try runMoot(["quiz", quiz, "--student", student] + extra, input: answers.joined(separator: "\n") + "\n", state: state)
        let path = run.stdout.components(separatedBy: "Your submission: ").dropFirst().first.map { String($0.prefix { $0 != "\n" }) }
        return (run, path.map { URL(fileURLWithPath: $0) })
    }

    func copyOfContent(with quiz: String? = nil) throws -> URL {
        let root = try Paths.scratch()
        for folder in ["Lessons", "Quizzes"] {
            try FileManager.default.copyItem(at: Paths.repository.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        if let quiz { try quiz.write(to: root.appendingPathComponent("Quizzes/extra.yaml"), atomically: true, encoding: .utf8) }
        return root
    }

    @Test func aQuizIsTakenUnderItsRulesAndGradedOnTheInstructorsSide() throws {
        let state = try Paths.scratch()
        let (run, file) = try take("counterarguments", student: "ada", answers: Array(repeating: "skip", count: 3) + ["hint", "why", "quit"], state: state)
        #expect(run.stdout.contains("Attempt 1 of 1."))
        #expect(run.stdout.contains("Hints are not allowed."))
        #expect(run.stdout.contains("Hints are not allowed in this quiz."))
        #expect(run.stdout.contains("why is not available during a quiz"))
        #expect(file == nil)
        // The unfinished attempt resumes where it stopped.
        let (resumed, submission) = try take("counterarguments", student: "ada", answers: Array(repeating: "skip", count: 20), state: state)
        #expect(resumed.stdout.contains("Resuming your unfinished attempt (3 answered)."))
        let path = try #require(submission)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
        #expect(json["quiz"] as? String == "counterarguments")
        let count = try #require(run.stdout.components(separatedBy: " questions, ").first?.split(separator: " ").last.flatMap { Int($0) })
        #expect((json["responses"] as? [Any])?.count == count)
        #expect(json["digest"] is String && json["started"] is String && json["finished"] is String)
        // One attempt allowed: a second is refused.
        let again = try runMoot(["quiz", "counterarguments"], input: "quit\n", state: state)
        #expect(again.stdout.contains("You have used all 1 attempt at this quiz."))
        let grade = try runMoot(["grade", "counterarguments", path.path], state: state)
        #expect(grade.status == 0)
        #expect(grade.stdout.contains("ada: 0/\(count) (0%) fail"))
    }

    @Test func editedScoresGainNothingAndEveryFlagIsRaised() throws {
        let state = try Paths.scratch()
        let (_, file) = try take("unit-orientation", student: "bo", answers: ["a", "they had no legal authority"] + Array(repeating: "skip", count: 8), state: state)
        let path = try #require(file)
        let honest = try runMoot(["grade", "unit-orientation", path.path], state: state).stdout
        let points = try #require(honest.components(separatedBy: "bo: ").dropFirst().first?.prefix { $0 != "/" })
        // Tampering: every local verdict and score set to full marks.
        var tampered = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
        tampered["responses"] = (tampered["responses"] as? [[String: Any]])?.map { var r = $0; r["verdict"] = "correct"; r["score"] = 1.0; return r }
        tampered["student"] = "bo"
        let edited = state.appendingPathComponent("edited.json")
        try JSONSerialization.data(withJSONObject: tampered).write(to: edited)
        // Another version, and over time.
        var other = tampered
        other["student"] = "cy"
        other["digest"] = "0000"
        other["started"] = "2020-01-01T00:00:00Z"
        let otherFile = state.appendingPathComponent("other.json")
        try JSONSerialization.data(withJSONObject: other).write(to: otherFile)
        let csv = state.appendingPathComponent("book.csv")
        let run = try runMoot(["grade", "unit-orientation", path.path, edited.path, otherFile.path, "--csv", csv.path], state: state)
        #expect(run.status == 0)
        #expect(run.stdout.contains("bo: \(points)/11"))
        #expect(run.stdout.components(separatedBy: "bo: \(points)/11").count == 3)
        #expect(run.stdout.contains("duplicate: bo"))
        #expect(run.stdout.contains("other version of the quiz"))
        #expect(run.stdout.contains("over time"))
        #expect(run.stdout.contains("discrim."))
        #expect(run.stdout.contains("Share of students who missed each part of the argument"))
        let book = try String(contentsOf: csv, encoding: .utf8)
        #expect(book.hasPrefix("student,points,percent,pass,flags,orientation-thesis,"))
        #expect(book.split(separator: "\n").count == 4)
    }

    @Test func hostileSubmissionsAreRefusedWithAReasonAndTheRestAreGraded() throws {
        let state = try Paths.scratch()
        let (_, file) = try take("unit-orientation", student: "di", answers: Array(repeating: "skip", count: 10), state: state)
        let good = try #require(file)
        let base = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: good)) as? [String: Any])
        var cases: [(String, Data)] = []
        cases.append(("huge", Data(repeating: 0x20, count: 1_500_000)))
        cases.append(("garbage", Data("{not json".utf8)))
        var wrongTypes = base; wrongTypes["responses"] = "all of them"
        cases.append(("types", try JSONSerialization.data(withJSONObject: wrongTypes)))
        var unknown = base
        unknown["responses"] = [["question": "no-such-question", "response": "x", "at": "2025-01-01T00:00:00Z"]]
        cases.append(("unknown", try JSONSerialization.data(withJSONObject: unknown)))
        var twice = base
        let first = (base["responses"] as! [[String: Any]])[0]
        twice["responses"] = [first, first]
        cases.append(("twice", try JSONSerialization.data(withJSONObject: twice)))
        var future = base; future["finished"] = "2099-01-01T00:00:00Z"
        cases.append(("future", try JSONSerialization.data(withJSONObject: future)))
        var paths = [good.path]
        for (name, data) in cases {
            let url = state.appendingPathComponent("\(name).json")
            try data.write(to: url)
            paths.append(url.path)
        }
        let run = try runMoot(["grade", "unit-orientation"] + paths, state: state)
        #expect(run.status == 1)
        #expect(run.stdout.contains("di: 0/11"))
        for reason in ["too large", "not a moot submission", "at responses", "unknown question 'no-such-question'",
                       "answered twice", "in the future"] {
            #expect(run.stderr.contains(reason), "\(reason)")
        }
        #expect(run.stderr.split(separator: "\n").filter { $0.hasPrefix("refused") }.count == 6)
    }

    @Test func whenTimeRunsOutTheAnswersSoFarAreSubmitted() throws {
        let root = try copyOfContent(with: """
            id: sprint
            title: A very short quiz
            time_limit: 0.05
            questions:
              - id: orientation-basis
              - id: orientation-domestic
            """)
        let state = try Paths.scratch()
        let process = Process()
        process.executableURL = Paths.moot
        process.arguments = ["quiz", "sprint", "--content", root.path]
        process.environment = Paths.environment(state: state)
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("self-defence\n".utf8))
        Thread.sleep(forTimeInterval: 6.5)  // well past the 3-second limit, with room for a slow start (the clock starts once the course is loaded) while other tests load the host
        input.fileHandleForWriting.write(Data("domestic law\n".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("Time is up: your answers so far are submitted."))
        let path = try #require(text.components(separatedBy: "Your submission: ").dropFirst().first?.prefix { $0 != "\n" })
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: String(path)))) as? [String: Any])
        #expect((json["responses"] as? [Any])?.count == 1)
    }

    @Test func aStudentPackHasNoAnswerKeyAndItsSubmissionIsGraded() throws {
        let state = try Paths.scratch()
        let folder = state.appendingPathComponent("pack")
        let pack = try runMoot(["quiz", "pack", "unit-orientation", "--out", folder.path], state: state)
        #expect(pack.status == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("quiz.json"), encoding: .utf8)
        for leak in ["\"correct\"", "\"why\"", "accept", "phrases", "That is the thesis, condition included", "explain\" :"] {
            #expect(!text.contains(leak), "\(leak)")
        }
        // The unit check allows hints and shows verdicts; its student copy can do neither, and says so.
        #expect(text.contains("Hints are not allowed."))
        #expect(text.contains("No verdicts are shown"))
        let take = try runMoot(["quiz", folder.appendingPathComponent("quiz.json").path, "--student", "ed", "--content", "/nonexistent"],
                               input: (["hint", "b", "no legal authority"] + Array(repeating: "skip", count: 8)).joined(separator: "\n") + "\n",
                               state: state)
        #expect(take.stdout.contains("Not available: your instructor grades this quiz."))
        let path = try #require(take.stdout.components(separatedBy: "Your submission: ").dropFirst().first?.prefix { $0 != "\n" })
        let grade = try runMoot(["grade", "unit-orientation", String(path)], state: state)
        #expect(grade.status == 0)
        #expect(grade.stdout.contains("ed: "))
        #expect(!grade.stdout.contains("other version"))
    }

    @Test func quizFilesAreCheckedWithPathAndLine() throws {
        let root = try copyOfContent(with: """
            id: broken
            title: Broken
            feedback: sometimes
            questions:
              - id: orientation-thesys
              - select: {lesson: orientation, kind: numeric, count: 2}
            """)
        let run = try runMoot(["check", "--content", root.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("Quizzes/extra.yaml:3:11: error: 'sometimes' is not a valid feedback"))
        #expect(run.stdout.contains("Quizzes/extra.yaml:5:9: error: unknown question 'orientation-thesys' (did you mean 'orientation-thesis'?)"))
        #expect(run.stdout.contains("Quizzes/extra.yaml:6:13: error: the selection asks for 2 questions but only 0 match"))
    }

    /// `feedback` takes Moodle's behaviours by name; a slip is reported with the nearest one.
    @Test func anUnknownFeedbackValueNamesTheNearestOne() throws {
        let root = try copyOfContent(with: "id: slip\ntitle: Slip\nfeedback: deffered\nquestions:\n  - id: precedent-troops\n")
        let run = try runMoot(["check", "--content", root.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("Quizzes/extra.yaml:3:11: error: 'deffered' is not a valid feedback (did you mean 'deferred'?); "
                                    + "expected one of: immediate, deferred, none"), "\(run.stdout)")
    }

    @Test func theGIFTExportParsesAndTheAnkiFileHasThreeColumns() throws {
        for quiz in ["unit-orientation", "counterarguments", "final"] {
            let gift = try runMoot(["export", "gift", quiz])
            #expect(gift.status == 0)
            let file = try Paths.scratch().appendingPathComponent("\(quiz).gift")
            try gift.stdout.write(to: file, atomically: true, encoding: .utf8)
            // pygiftparser is installed by the README's test command.
            let parse = Process()
            parse.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            parse.arguments = ["python3", "-c", """
                import sys
                from pygiftparser import parser
                questions = parser.parseFile(open(sys.argv[1]))
                bad = [q.title for q in questions if not q.valid or not q.title]
                print(len(questions), bad)
                """, file.path]
            let output = Pipe()
            parse.standardOutput = output
            try parse.run()
            let result = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            parse.waitUntilExit()
            let expected = try runMoot(["questions", "--json"]).status == 0
            #expect(expected)
            let count = gift.stdout.components(separatedBy: "\n::").count - 1
            #expect(result.trimmingCharacters(in: .whitespacesAndNewlines) == "\(count) []", "\(quiz): \(result)")
        }
        let anki = try runMoot(["export", "anki", "1"])
        let rows = anki.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(rows.count == 14)
        #expect(rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 6 })
    }

    @Test func aQuizStandsAloneExitsSixtyFourWhenUnknownAndSaysHowToResume() throws {
        let state = try Paths.scratch()
        _ = try runMoot([], input: "start 1\nquit\n", state: state)
        let unknown = try runMoot(["quiz", "unit-orientatin", "--student", "bob"], state: state)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("did you mean 'unit-orientation'"))
        let partway = try runMoot(["quiz", "unit-orientation", "--student", "bob"], input: "a\n", state: state)
        #expect(partway.status == 0)
        #expect(!partway.stdout.contains("Welcome back"))
        #expect(!partway.stdout.contains("lessons, "))
        #expect(partway.stdout.contains("To go on, type:\n  \(Paths.moot.path) quiz unit-orientation --student bob"))
        #expect(!partway.stdout.contains("moot> "))
        // The attempts are said once, and the end says which submission counts.
        #expect(partway.stdout.contains("Attempt 1 of 3."))
        #expect(!partway.stdout.contains("Attempts allowed"))
        let whole = try runMoot(["quiz", "unit-orientation", "--student", "bob"], input: String(repeating: "skip\n", count: 20), state: state)
        #expect(whole.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .contains("Each attempt is its own file: hand in the one you want counted"))
    }

    /// The new user's question 7 and 8 (report 23, item 7): a miss, the right figure typed back as a lesson
    /// teaches, and question 8 still open — nothing saved for it, and nothing of its answer named.
    @Test func theFigureTypedBackAfterAMissIsNotQuestionEightsAnswer() throws {
        let state = try Paths.scratch()
        let answers = Array(repeating: "skip", count: 6) + ["140,000", "14,000", "quit"]
        let run = try runMoot(["quiz", "unit-orientation", "--student", "Kim Lee"], input: answers.joined(separator: "\n") + "\n", state: state)
        let flat = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("That reads as your answer to question 7, which is closed: a quiz takes one answer per question. "
                              + "Question 8 is still open"), "\(flat)")
        #expect(!flat.contains("A pre-Charter precedent"), "question 8's answer is not named")
        #expect(flat.contains("Question 8 of 9 (1 point)") && flat.contains("Question 9 of 9 (2 points)") == false)
        let resumed = try runMoot(["quiz", "unit-orientation", "--student", "Kim Lee"], input: "quit\n", state: state)
        #expect(resumed.stdout.contains("Resuming your unfinished attempt (7 answered)."), "\(resumed.stdout)")
    }

    /// Report 24, item 1: "false" typed back at question 4 (what condition authorises strikes?) right after the
    /// true/false question 3 it answers is not saved as question 4's answer; typed again, it is.
    @Test func aTrueFalseAnswerTypedBackAtAShortQuestionIsNotSaved() throws {
        let state = try Paths.scratch()
        let answers = ["skip", "skip", "true", "false", "quit"]
        let run = try runMoot(["quiz", "unit-orientation", "--student", "Sam Ortiz"], input: answers.joined(separator: "\n") + "\n", state: state)
        let flat = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("That reads as your answer to question 3, which is closed: a quiz takes one answer per question. "
                              + "Question 4 is still open, and nothing was saved."), "\(flat)")
        let resumed = try runMoot(["quiz", "unit-orientation", "--student", "Sam Ortiz"], input: "false\nfalse\nquit\n", state: state)
        let again = resumed.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(again.contains("Resuming your unfinished attempt (3 answered)."), "\(again)")
        // Resumed, nothing was just closed: "false" is graded as question 4's answer at once, and the next one opens.
        #expect(!again.contains("reads as your answer"), "\(again)")
        #expect(again.contains("Question 5 of 9"), "\(again)")
    }

    /// Report 24, item 8: "flase" at the true/false question and "replly" at the kind question are read, as the
    /// quiz's "spelling slips are forgiven" says.
    @Test func slipsInTrueFalseAndKindWordsAreForgiven() throws {
        let answers = ["skip", "skip", "flase", "skip", "replly", "quit"]
        let run = try runMoot(["quiz", "unit-orientation", "--student", "Sam Ortiz"], input: answers.joined(separator: "\n") + "\n")
        let flat = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(!flat.contains("Answer true or false"))
        #expect(!flat.contains("Name a kind"))
        #expect(flat.components(separatedBy: "✓ correct").count == 3)
        #expect(flat.contains("Question 6 of 9"))
    }

    /// Every "type this" names the program as it can be typed: the path it was started by, when `moot` on PATH
    /// is not this program (the tests' PATH has no moot), and `moot` when it is.
    @Test func theCommandsToTypeNameTheProgramAsItCanBeTyped() throws {
        let state = try Paths.scratch()
        let away = try runMoot([], input: "quit\n", state: state)
        #expect(away.stdout.contains("Bye. Your place is kept; to come back, type:\n  \(Paths.moot.path)\n"), "\(away.stdout)")
        let bin = state.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("moot"), withDestinationURL: Paths.moot)
        let onPath = try runMoot([], input: "quit\n", state: state, environment: ["PATH": bin.path + ":/usr/bin:/bin"])
        #expect(onPath.stdout.contains("type moot to come back"), "\(onPath.stdout)")
        // Another program called moot first on PATH is not this one.
        let other = state.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: other.appendingPathComponent("moot").path, contents: Data("#!/bin/sh\n".utf8),
                                       attributes: [.posixPermissions: 0o755])
        let shadowed = try runMoot([], input: "quit\n", state: state, environment: ["PATH": other.path + ":" + bin.path + ":/usr/bin"])
        #expect(shadowed.stdout.contains("to come back, type:\n  \(Paths.moot.path)\n"), "\(shadowed.stdout)")
        // Started with options that say where its progress is, it says them again: the bare command would open another.
        let folder = state.appendingPathComponent("kept here").path
        let placed = try runMoot(["--data-dir", folder, "--learner", "ada", "--new-learner"], input: "quit\n", state: state,
                                 environment: ["PATH": bin.path + ":/usr/bin:/bin"])
        #expect(placed.stdout.contains("to come back, type:\n  moot --data-dir '\(folder)' --learner ada\n"), "\(placed.stdout)")
    }

    @Test func theResumeCommandIsExactAndWhole() throws {
        let state = try Paths.scratch()
        let folder = state.appendingPathComponent("a-rather-long-folder-name-for-progress-kept-elsewhere").path
        let partway = try runMoot(["quiz", "unit-orientation", "--student", "bob", "--data-dir", folder, "--learner", "bob",
                                   "--new-learner"], input: "a\n", state: state)
        #expect(partway.status == 0, "\(partway.stderr)")
        // One line, however long, naming the same progress folder and learner.
        let command = try #require(partway.stdout.split(separator: "\n").first { $0.hasPrefix("  \(Paths.moot.path) quiz ") })
        #expect(command.count > 80)
        #expect(command.contains("--data-dir \(folder)") && command.contains("--learner bob"))
        let arguments = command.split(separator: " ").dropFirst().map(String.init)
        let resumed = try runMoot(arguments, input: "", state: state)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("Resuming your unfinished attempt (1 answered)"), "\(resumed.stdout)")
    }
}
