import ArgumentParser
import MootContent
import MootGrading
import MootModel
import MootPresentation
import MootSession
import MootSupport

struct Answer: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Grade one answer to one question, without the tutor.",
        discussion: "Choice, match and order answers use the letters `moot questions` and the tutor show that learner; the verdict names options by their text.")

    @OptionGroup var options: ContentOptions
    @Argument(help: "The question's id (see `moot questions`).", completion: CourseCompletion.questions) var question: String
    @Argument(help: "The answer, as typed (put -- before an answer that starts with a dash).") var answer: [String] = []
    @Option(help: "Read choice letters as this learner sees them in the tutor (default: your login name).")
    var learner: String?
    @Flag(help: "Print the verdict as JSON.") var json = false
    @Flag(help: "For authors: show the words the grader read and every node it recognised.") var trace = false

    func run() throws {
        let course = try options.course()
        guard let question = course.question(self.question) else {
            throw usageError("no question '\(self.question)'\(Suggestion.hint(for: self.question, in: course.questions.map(\.id)))")
        }
        let text = answer.joined(separator: " ")
        let order = Session.choiceOrder(question, learner: LearnerOptions(dataDir: nil, learner: learner, newLearner: false).name)
        let verdict: Verdict
        do {
            verdict = try Grader(course: course).grade(question, answer: text, choiceOrder: order)
        } catch let error as UnreadableAnswer {
            printError("moot: \(error.description)")
            throw ExitCode(65)
        }
        // A grader of its own, as fresh as the one that graded.
        let lines = trace ? Grader(course: course).trace(question, answer: text) : []
        // With --json the trace rides inside the one JSON object, so the output stays valid JSON.
        if json { return trace ? try printJSON(TracedVerdict(verdict: verdict, trace: lines)) : try printJSON(verdict) }
        for line in lines { print(line) }
        print("\(verdict.verdict.rawValue) (score \(Int((verdict.score * 100).rounded()))%)")
        print(QuestionPresenter(map: course.map, style: Style(color: false)).feedback(verdict, question: question, choiceOrder: order))
    }
}

/// `answer --json --trace`: the verdict and the author's trace lines, as one object.
private struct TracedVerdict: Encodable {
    var verdict: Verdict
    var trace: [String]
}
