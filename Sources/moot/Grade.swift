import Foundation
import ArgumentParser
import MootPresentation
import MootQuiz
import MootSupport

struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Regrade submissions against your copy of a quiz; write a gradebook; print item analysis.",
        discussion: "Exits 0 when every submission was graded, 1 when any was refused (the others are still graded).")

    @OptionGroup var options: ContentOptions
    @OptionGroup var instructor: InstructorOptions
    @Argument(help: "The quiz id.") var quiz: String
    @Argument(help: "Submission files.") var submissions: [String]
    @Option(help: ArgumentHelp("Write the gradebook as CSV here.", valueName: "file")) var csv: String?
    @Option(help: ArgumentHelp("Write the class report, one HTML page with charts and the map (needs Graphviz), here.", valueName: "file"))
    var report: String?
    @Option(help: "The CSV's shape: plain, moodle (Moodle's grade import) or canvas (Canvas's gradebook import).")
    var format: Gradebook.LMSFormat = .plain

    func run() throws {
        let course = try options.course()
        let quiz = try course.requireQuiz(self.quiz)
        var book = Gradebook(quiz: quiz, course: course)
        book.instructor = try instructor.side(course, quiz: quiz.id)
        for path in submissions {
            guard let data = FileManager.default.contents(atPath: path) else {
                printError(TerminalText.safe("refused \(path): cannot read the file"))
                continue
            }
            book.add(file: path, data: data)
        }
        for refusal in book.refusals { printError(TerminalText.safe("refused \(refusal.file): \(refusal.reason)")) }
        for row in book.rows {
            print(TerminalText.safe("\(row.student): \(NumberFormat.twoDecimals(row.points))/\(NumberFormat.twoDecimals(quiz.totalPoints)) "
                  + "(\(NumberFormat.twoDecimals(row.percent))%) \(row.passed ? "pass" : "fail")"
                  + (row.flags.isEmpty ? "" : "  [" + row.flags.joined(separator: "; ") + "]")))
            // Each essay by its rubric (which the student sees only with the verdict), criterion by criterion.
            let presenter = QuestionPresenter(map: course.map, style: Style(color: false, width: 100))
            for item in quiz.items {
                guard let verdict = row.essays[item.question.id],
                      let criteria = presenter.rubric(item.question, graded: verdict) else { continue }
                print(TerminalText.safe("  \(item.question.id): " + criteria.replacingOccurrences(of: "\n", with: "\n  "), keepNewlines: true))
            }
        }
        print(TerminalText.safe(book.itemAnalysis(), keepNewlines: true))
        if let csv {
            try writeGradebook(book.csv(format: format), to: csv)
            print("Gradebook: \(csv)")
        }
        if let report { try writeReport(book, course: course, to: report) }
        let unreadable = submissions.count - book.rows.count - book.refusals.count
        if !book.refusals.isEmpty || unreadable > 0 { throw ExitCode(1) }
    }
}
