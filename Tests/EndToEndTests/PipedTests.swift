import Foundation
import Testing

/// The built `moot`, driven through pipes as a script or another program would.
@Suite struct PipedTests {
    @Test func aScriptedSessionRunsAndExitsZeroWithoutEscapeCodes() throws {
        let run = try runMoot([], input: "lessons\nstart 1\nno legal authority\nhint\nColby Jenkins\nwhy\nquit\n")
        #expect(run.status == 0)
        #expect(run.stdout.contains("Lesson 1:"))
        #expect(run.stdout.contains("✓ correct"))
        #expect(run.stdout.contains("Hint 1/"))
        #expect(run.stdout.contains("Expected: The April 2025 testimony"))
        #expect(run.stdout.contains("Bye"))
        #expect(!run.stdout.contains("\u{1B}"))
        #expect(run.stderr.isEmpty)
    }

    @Test func endOfInputLeavesCleanly() throws {
        let run = try runMoot([], input: "start 1\n")
        #expect(run.status == 0)
        #expect(run.stdout.contains("Bye"))
    }

    @Test func hostileLinesNeverCrashTheTutor() throws {
        var input = Data("lesons\nstart 77\nstart 1\n".utf8)
        input += Data([0x66, 0xFF, 0xFE, 0x0A])                   // invalid UTF-8
        input += Data("\u{01}\u{02}\u{1B}[A\u{7F}\n".utf8)        // control characters
        input += Data(String(repeating: "x", count: 1 << 20).utf8) + Data("\n".utf8)  // a 1 MB line
        input += Data("\n\nquit\n".utf8)
        let run = try runMoot([], input: String(decoding: input, as: UTF8.self))
        #expect(run.status == 0)
        #expect(run.stdout.contains("did you mean 'lessons'?"))
        #expect(run.stdout.contains("No lesson '77'"))
        #expect(run.stdout.contains("Bye"))
    }

    @Test func aContentErrorAtStartupPrintsDiagnosticsAndOpensNothing() throws {
        let root = try Paths.scratch()
        try FileManager.default.copyItem(at: Paths.repository.appendingPathComponent("Lessons"),
                                         to: root.appendingPathComponent("Lessons"))
        let lesson = root.appendingPathComponent("Lessons/01-orientation.yaml")
        let text = try String(contentsOf: lesson, encoding: .utf8).replacingOccurrences(of: "kind: truefalse", with: "kind: yesno")
        try text.write(to: lesson, atomically: true, encoding: .utf8)
        let run = try runMoot(["--content", root.path], input: "quit\n")
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("Lessons/01-orientation.yaml:"))
        #expect(run.stderr.contains("error: 'yesno' is not a valid kind"))
        let check = try runMoot(["check", "--content", root.path])
        #expect(check.status == 1)
        #expect(check.stdout.split(separator: "\n").allSatisfy { $0.contains(": error: ") })
    }

    @Test func checkPrintsCountsWhenTheContentIsClean() throws {
        let run = try runMoot(["check"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("ok: "))
        #expect(run.stdout.contains("questions ("))
        #expect(run.stdout.contains("map: "))
    }

    @Test func answerGradesOneAnswerAsJSON() throws {
        let run = try runMoot(["answer", "orientation-testimony", "they", "had", "no", "legal", "authority", "--json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["question"] as? String == "orientation-testimony")
        #expect(json["verdict"] as? String == "correct")
        #expect(json["score"] as? Double == 1)
        #expect(json["expected"] as? [String] == ["o-jenkins"])
        #expect((json["recognised"] as? [String])?.contains("o-jenkins") == true)
        #expect(json["feedback"] is String)
        #expect(json.keys.contains("misconception"))
    }

    @Test func answerRecognisesADifferentNodeAndSaysWhich() throws {
        let run = try runMoot(["answer", "--json", "orientation-trigger", "the designation does not authorize force"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["verdict"] as? String == "incorrect")
        #expect(json["recognised"] as? [String] == ["p-designation-not-authority"])
        #expect((json["feedback"] as? String)?.contains("You named") == true)
    }

    @Test func unknownIdsSuggestTheNearestAndExitWithAUsageError() throws {
        let run = try runMoot(["answer", "orientation-testimny", "x"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("did you mean 'orientation-testimony'?"))
        let lesson = try runMoot(["questions", "--lesson", "orientaton"])
        #expect(lesson.status == 64)
        #expect(lesson.stderr.contains("did you mean 'orientation'?"))
        let unreadable = try runMoot(["answer", "orientation-designation-tf", "maybe"])
        #expect(unreadable.status == 65)
        #expect(unreadable.stderr.contains("true or false"))
    }

    @Test func questionsListsEveryQuestionWithItsNodes() throws {
        let run = try runMoot(["questions", "--lesson", "1", "--json"])
        #expect(run.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count >= 12)
        for row in rows {
            for key in ["id", "lesson", "kind", "prompt", "nodes"] { #expect(row[key] != nil, "\(key)") }
        }
        let lessons = try runMoot(["lessons"])
        #expect(lessons.stdout.hasPrefix("1. orientation"))
    }

    @Test func helpIsEverywhere() throws {
        for arguments in [["--help"], ["answer", "--help"], ["check", "--help"], ["questions", "--help"], ["lessons", "--help"],
                          ["map", "--help"], ["review", "--help"], ["progress", "--help"], ["quiz", "--help"],
                          ["quiz", "pack", "--help"], ["grade", "--help"], ["export", "gift", "--help"], ["export", "anki", "--help"]] {
            let run = try runMoot(arguments)
            #expect(run.status == 0, "\(arguments)")
            #expect(run.stdout.contains("USAGE:"), "\(arguments)")
        }
        for shell in ["bash", "zsh", "fish"] {
            let completion = try runMoot(["--generate-completion-script", shell])
            #expect(completion.status == 0 && completion.stdout.contains("moot"), "\(shell)")
        }
    }
}
