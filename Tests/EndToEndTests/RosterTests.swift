import Foundation
import Testing

/// The instructor's secret end to end: a roster of personal codes, a pack that asks for one, `moot grade` checking
/// who handed in what, and what happens when the key is gone.
@Suite struct RosterTests {
    private func submission(from run: Run) throws -> String {
        String(try #require(run.stdout.components(separatedBy: "Your submission: ").dropFirst().first?.prefix { $0 != "\n" }))
    }

    @Test func codesFromTheRosterAreCheckedAgainstTheName() throws {
        let state = try Paths.scratch()
        let students = state.appendingPathComponent("students.txt")
        try "# class list\nAda Lovelace\n\nBob\n".write(to: students, atomically: true, encoding: .utf8)
        let roster = try runMoot(["quiz", "roster", "unit-orientation", students.path, "--json"], state: state)
        #expect(roster.status == 0, "\(roster.stderr)")
        let lines = try #require(try JSONSerialization.jsonObject(with: Data(roster.stdout.utf8)) as? [[String: String]])
        #expect(lines.map { $0["name"] } == ["Ada Lovelace", "Bob"])
        let codes = lines.compactMap { $0["code"] }
        #expect(codes.count == 2 && codes[0] != codes[1] && codes.allSatisfy { $0.count == 9 && $0.dropFirst(4).first == "-" })
        #expect(roster.stderr.contains("Created the instructor key"))
        // The same key, quiz and name give the same code again.
        let again = try runMoot(["quiz", "roster", "unit-orientation", students.path, "--json"], state: state)
        #expect(again.stdout == roster.stdout)

        let folder = state.appendingPathComponent("pack")
        #expect(try runMoot(["quiz", "pack", "unit-orientation", "--out", folder.path], state: state).status == 0)
        let pack = folder.appendingPathComponent("quiz.json").path
        let keys = state.appendingPathComponent("data/moot/instructor")
        let keyFile = try #require(try FileManager.default.contentsOfDirectory(atPath: keys.path).first { $0.hasSuffix(".key") })
        let secret = try String(contentsOf: keys.appendingPathComponent(keyFile), encoding: .utf8).trimmingCharacters(in: .newlines)
        #expect(secret.count == 64)
        for hidden in codes + [secret] { #expect(try !String(contentsOfFile: pack, encoding: .utf8).contains(hidden)) }
        let skips = Array(repeating: "skip", count: 12).joined(separator: "\n") + "\n"
        // Ada is asked for her code and types it in lower case with a space for the dash.
        let ada = try runMoot(["quiz", pack, "--student", "Ada Lovelace"], input: codes[0].lowercased().replacingOccurrences(of: "-", with: " ") + "\n" + skips,
                              state: state)
        #expect(ada.stdout.contains("Your personal code"))
        // Bob hands in a file with Ada's name on it, with his own code; a third student gives no code.
        let bob = try runMoot(["quiz", pack, "--student", "Ada Lovelace", "--code", codes[1], "--out", state.appendingPathComponent("bob").path],
                              input: skips, state: state)
        let eve = try runMoot(["quiz", pack, "--student", "Eve"], input: "\n" + skips, state: state)
        let grade = try runMoot(["grade", "unit-orientation", try submission(from: ada), try submission(from: bob), try submission(from: eve)],
                                state: state)
        let rows = grade.stdout.split(separator: "\n")
        #expect(rows.filter { $0.hasPrefix("Ada Lovelace:") }.count == 2)
        let honest = try #require(rows.first { $0.hasPrefix("Ada Lovelace:") })
        #expect(!honest.contains("personal code"), "\(grade.stdout)")
        #expect(grade.stdout.contains("personal code does not match the name"))
        #expect(rows.contains { $0.hasPrefix("Eve:") && $0.contains("not on the roster") && $0.contains("no personal code") })
    }

    @Test func aMalformedClassListNamesItsLineAndIssuesNothing() throws {
        let state = try Paths.scratch()
        let students = state.appendingPathComponent("students.txt")
        try "Ada\nBob\nADA\u{200B}\n".write(to: students, atomically: true, encoding: .utf8)
        let run = try runMoot(["quiz", "roster", "unit-orientation", students.path], state: state)
        #expect(run.status == 65)
        #expect(run.stderr.contains("students.txt:3:1: the same student as line 1 ('ADA"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        var bytes = Data("Ada\n".utf8)
        bytes.append(contentsOf: [0x42, 0xFF, 0x0A])
        try bytes.write(to: students)
        let invalid = try runMoot(["quiz", "roster", "unit-orientation", students.path], state: state)
        #expect(invalid.stderr.contains("students.txt:2:1: this line is not valid UTF-8"))
        try "Ada\nB\u{1B}[2Job\n".write(to: students, atomically: true, encoding: .utf8)
        let escape = try runMoot(["quiz", "roster", "unit-orientation", students.path], state: state)
        #expect(escape.stderr.contains("students.txt:2:2: a control character (U+001B) in a name"))
        #expect(!escape.stderr.contains("\u{1B}"))
    }

    @Test func withoutTheKeyAPacksSubmissionIsRefusedAndLeftAsItIs() throws {
        let state = try Paths.scratch()
        let folder = state.appendingPathComponent("pack")
        #expect(try runMoot(["quiz", "pack", "unit-orientation", "--out", folder.path], state: state).status == 0)
        let take = try runMoot(["quiz", folder.appendingPathComponent("quiz.json").path, "--student", "ed"],
                               input: (["b"] + Array(repeating: "skip", count: 10)).joined(separator: "\n") + "\n", state: state)
        let path = try submission(from: take)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let elsewhere = try Paths.scratch()
        let grade = try runMoot(["grade", "unit-orientation", path], state: elsewhere)
        #expect(grade.status == 1)
        #expect(grade.stderr.contains("the instructor key the pack was made with is not on this machine"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try runMoot(["grade", "unit-orientation", path], state: state).status == 0)
    }
}
