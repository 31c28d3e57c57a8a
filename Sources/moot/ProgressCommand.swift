import ArgumentParser
import MootPresentation
import MootStore

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Lessons done and scores, mastery of each part of the map, and what is due for review.")

    @OptionGroup var options: ContentOptions
    @OptionGroup var learner: LearnerOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let course = try options.course()
        let (store, id) = try learner.open(readOnly: true)
        let report = try LearnerRecord(store: store, learner: id, course: course).progress(now: store.clock.now())
        if json { return try printJSON(report) }
        print(report.render(style: Style.forStandardOutput()))
    }
}
