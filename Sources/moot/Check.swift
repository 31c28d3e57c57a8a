import ArgumentParser
import MootContent

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
        print(ContentSummary(course: course).description)
    }
}
