import ArgumentParser
import MootKit

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review the missed questions that are due (FSRS), most overdue first, in the tutor.")

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

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Lessons done and scores, mastery of each part of the map, and what is due for review.")

    @OptionGroup var options: ContentOptions
    @OptionGroup var learner: LearnerOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let course = try options.course()
        let (store, id) = try learner.open()
        let report = try LearnerRecord(store: store, learner: id, course: course).progress()
        if json { return try printJSON(report) }
        print(report.render(style: .forStandardOutput()))
    }
}
