import ArgumentParser
import MootContent
import MootGrading
import MootModel

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check all course content; print each problem as path:line:col: error: message.",
        discussion: "Exits 1 if there is any problem, and otherwise prints counts.")

    @OptionGroup var options: ContentOptions

    func run() throws {
        let (course, diagnostics) = CourseLoader.loadReportingAll(root: try options.root())
        for diagnostic in diagnostics { print(diagnostic) }
        guard let course, diagnostics.isEmpty else {
            printError("moot check: \(diagnostics.count) problem(s)")
            throw ExitCode(1)
        }
        // Keys are tested like code: every example answer is graded, and each disagreement named where it is written.
        let grader = Grader(course: course)
        var disagreements = 0, examples = 0
        for question in course.lessons.flatMap(\.questions) {
            for example in question.examples {
                examples += 1
                let verdict: String
                do { verdict = try grader.grade(question, answer: example.answer).verdict.rawValue } catch { verdict = "unreadable" }
                guard verdict != example.label else { continue }
                disagreements += 1
                print("\(example.location): error: example answer to '\(question.id)' is labelled \(example.label) but graded \(verdict): "
                      + example.answer.debugDescription)  // quoted, control characters escaped
            }
        }
        guard disagreements == 0 else {
            printError("moot check: \(disagreements) of \(examples) example answer(s) graded against their label")
            throw ExitCode(1)
        }
        print(ContentSummary(course: course).description)
        if examples > 0 { print("\(examples) example answer(s) graded as labelled") }
    }
}
