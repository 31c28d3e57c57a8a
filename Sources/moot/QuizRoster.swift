import Foundation
import ArgumentParser
import MootContent
import MootQuiz
import MootSupport

extension QuizCommand {
    struct RosterCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "roster",
            abstract: "Give each student on a class list a personal code for a quiz.",
            discussion: "STUDENTS-FILE: one name per line (blank lines and # comments skipped). Each code comes from the "
                + "instructor key, the quiz and the name; students type it when taking the quiz (--code), and moot "
                + "grade flags a submission whose code does not match its name. Issue the roster before moot quiz "
                + "pack, and the pack asks each student for the code. Exits 65 naming the line of a malformed name.")

        @OptionGroup var options: ContentOptions
        @OptionGroup var instructor: InstructorOptions
        @Argument(help: "The quiz id.") var quiz: String
        @Argument(help: "The class list.") var students: String
        @Flag(help: "Print the roster as JSON.") var json = false

        struct Line: Encodable {
            var name: String
            var code: String
        }

        func run() throws {
            let course = try options.course()
            let quiz = try course.requireQuiz(self.quiz)
            guard let data = FileManager.default.contents(atPath: students) else {
                printError(TerminalText.safe("moot: cannot read the class list \(students)"))
                throw ExitCode(66)
            }
            let roster: Roster
            do {
                roster = try Roster(students: data, file: students, quiz: quiz.id, key: try instructor.keyCreatingIt(course))
            } catch let error as Roster.Malformed {
                printError(TerminalText.safe("moot: " + error.description) + "\nNo roster was issued.")
                throw ExitCode(65)
            }
            let record = instructor.rosterFile(course, quiz: quiz.id)
            try roster.entries.map(\.name).joined(separator: "\n").write(to: record, atomically: true, encoding: .utf8)
            if json { return try printJSON(roster.entries.map { Line(name: $0.name, code: $0.code) }) }
            let width = min(40, roster.entries.map { TerminalText.safe($0.name).count }.max() ?? 0)
            for entry in roster.entries {
                let name = TerminalText.safe(entry.name)
                print(name + String(repeating: " ", count: max(1, width + 2 - name.count)) + entry.code)
            }
            printError("\(roster.entries.count) codes for \(quiz.id); the list is kept in \(record.path) for moot grade.")
        }
    }
}
