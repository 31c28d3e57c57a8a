import Foundation
import Testing
@testable import MootContent
@testable import MootModel
@testable import MootQuiz

/// The gradebook in Moodle's and Canvas's import shapes, with names that try to break a CSV or a spreadsheet.
@Suite struct LMSGradebookTests {
    private func gradebook(_ students: [String]) throws -> Gradebook {
        let fixture = try Fixture()
        let folder = fixture.root.appendingPathComponent("Quizzes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "id: q\ntitle: Unit, one\nquestions:\n  - id: q2\n    points: 4\n".write(to: folder.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
        let course = try CourseLoader.load(root: fixture.root)
        let quiz = try #require(course.quizzes.first)
        var book = Gradebook(quiz: quiz, course: course)
        for (index, student) in students.enumerated() {
            let answer = index % 2 == 0 ? "true" : "false"
            let data = try Submission(quiz: quiz.id, digest: quiz.digest, student: student, started: "2026-01-01T10:00:00Z",
                                      finished: "2026-01-01T10:05:00Z",
                                      responses: [.init(question: "q2", response: answer, at: "2026-01-01T10:01:00Z")]).encoded()
            book.add(file: "\(index)", data: data)
        }
        return book
    }

    /// RFC 4180: fields split at commas outside quotes, "" inside quotes is one quote.
    private func rows(_ csv: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var characters = Array(csv)[...]
        while let character = characters.popFirst() {
            switch (character, quoted) {
            case ("\"", true) where characters.first == "\"": field.append("\""); characters.removeFirst()
            case ("\"", _): quoted.toggle()
            case (",", false): row.append(field); field = ""
            case ("\n", false): row.append(field); rows.append(row); row = []; field = ""
            default: field.append(character)
            }
        }
        return rows
    }

    @Test func moodleHasAnIdentifierColumnAndOneColumnPerGradeItem() throws {
        let book = try gradebook(["ada@example.org", "bob@example.org"])
        let table = rows(book.csv(format: .moodle))
        #expect(table.first == ["Email address", "Unit, one", "q2"])
        #expect(table.dropFirst().map { $0[0] } == ["ada@example.org", "bob@example.org"])
        #expect(table[1][1] != table[2][1], "the two students answered differently")
        #expect(table.allSatisfy { $0.count == 3 })
        #expect(rows(try gradebook(["s1", "ada@example.org"]).csv(format: .moodle)).first?.first == "ID number")
    }

    @Test func canvasHasItsFiveColumnsAndAPointsPossibleRow() throws {
        let table = rows(try gradebook(["s1", "s2"]).csv(format: .canvas))
        #expect(table[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Unit, one"])
        #expect(table[1] == ["Points Possible", "", "", "", "", "4"])
        #expect(table[2][0] == "s1" && table[2][2] == "s1" && table[2][1].isEmpty)
        #expect(table.count == 4 && table.allSatisfy { $0.count == 6 })
    }

    @Test func oddNamesStayOneCellAndNeverAFormula() throws {
        let names = ["Smith, \"Jo\"", "=1+1", "line\nbreak", "  ", "\u{1B}[31mred", "名前 😀", "-@x", String(repeating: "a", count: 200)]
        let book = try gradebook(names)
        for format in Gradebook.LMSFormat.allCases {
            let text = book.csv(format: format)
            let table = rows(text)
            #expect(Set(table.map(\.count)).count == 1, "\(format): every row as wide as the header")
            #expect(!text.contains("\u{1B}"))
            for row in table { #expect(!row.contains { $0.first.map { "=+-@\t\r".contains($0) } == true }, "\(format): \(row)") }
        }
        let canvas = rows(book.csv(format: .canvas))
        #expect(canvas.contains { $0[0] == "Smith, \"Jo\"" })
        #expect(canvas.contains { $0[0] == "'=1+1" })
    }
}
