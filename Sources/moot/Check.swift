import ArgumentParser
import MootContent

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check all course content; print each problem as path:line:col: error: message.",
        discussion: "Exits 1 if there is any error, and otherwise prints counts; warnings (a question asked before its node is taught, lopsided answer keys, internal citations, a quiz question that does not read on its own) go to stderr.")

    @OptionGroup var options: ContentOptions

    func run() throws {
        let (course, diagnostics) = CourseLoader.loadReportingAll(root: try options.root())
        let errors = diagnostics.filter { $0.severity == .error }
        for diagnostic in errors { print(diagnostic) }
        guard let course, errors.isEmpty else {
            printError("moot check: \(errors.count) problem(s)")
            throw ExitCode(1)
        }
        // Warnings (teaching order, lopsided keys, citations) do not stop the course; they go to stderr.
        let warnings = diagnostics.filter { $0.severity == .warning }
        for warning in warnings { printError(warning.description) }
        if !warnings.isEmpty { printError("moot check: \(warnings.count) warning(s)") }
        print(ContentSummary(course: course).description)
    }
}
