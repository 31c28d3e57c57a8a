import ArgumentParser
import MootKit

struct Answer: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Grade one answer to one question, without the tutor.",
        discussion: "Choice, match and order answers use the letters `moot questions` and the tutor show.")

    @OptionGroup var options: ContentOptions
    @Argument(help: "The question's id (see `moot questions`).") var question: String
    @Argument(parsing: .captureForPassthrough, help: "The answer, as typed.") var answer: [String] = []
    @Flag(help: "Print the verdict as JSON.") var json = false

    func run() throws {
        let course = try options.course()
        guard let question = course.question(self.question) else {
            throw usageError("no question '\(self.question)'\(Suggestion.hint(for: self.question, in: course.questions.map(\.id)))")
        }
        let text = answer.filter { $0 != "--json" }.joined(separator: " ")
        let verdict: Verdict
        do {
            verdict = try Grader(course: course).grade(question, answer: text)
        } catch let error as UnreadableAnswer {
            printError("moot: \(error.description)")
            throw ExitCode(65)
        }
        if json || answer.contains("--json") { return try printJSON(verdict) }
        print("\(verdict.verdict.rawValue) (score \(Int((verdict.score * 100).rounded()))%)")
        print(verdict.feedback)
    }
}
