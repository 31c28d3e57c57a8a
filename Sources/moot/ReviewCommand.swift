import ArgumentParser
import MootContent

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review the missed questions that are due (FSRS), yours first, most overdue first, in the tutor.")

    @OptionGroup var options: ContentOptions
    @OptionGroup var learner: LearnerOptions
    @Flag(help: "Drill every question you have ever missed, due or not.") var all = false

    func run() throws {
        var tutor = Tutor()
        tutor.options = options
        tutor.learner = learner
        tutor.firstCommand = all ? "review all" : "review"
        try tutor.run()
    }
}
