import ArgumentParser
import MootPresentation
import MootQuiz
import MootStore

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Lessons done and scores, mastery of each part of the map, and what is due for review.")

    @OptionGroup var options: ContentOptions
    @OptionGroup var learner: LearnerOptions
    @Flag(help: "Print JSON.") var json = false
    @Flag(help: "Print one self-contained HTML page: the map coloured by recall now, what is due and what was missed (needs Graphviz).")
    var html = false

    func run() throws {
        let course = try options.course()
        let (store, id) = try learner.open(readOnly: true)
        let report = try LearnerRecord(store: store, learner: id, course: course).progress(now: store.clock.now())
        if json { return try printJSON(report) }
        if html {
            let svg = try Graphviz.drawing(MapExport.dot(course.map, shading: report.mastery))
            return print(try report.page(course: course, svg: svg, learner: learner.name), terminator: "")
        }
        print(report.render(style: Style.forStandardOutput(), reviewCommand: "\(InvokedName.current) review"))
    }
}
