import ArgumentParser
import MootContent
import MootPresentation

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "The dated events of the map in order, split at the article's publication (21 April 2025).")
    @OptionGroup var options: ContentOptions
    @Flag(help: "Print the events as JSON.") var json = false

    struct Record: Encodable { var when, node, title: String; var afterTheArticle: Bool }

    func run() throws {
        let course = try options.course()
        let timeline = Timeline(map: course.map, citation: course.citation)
        if json {
            try printJSON(timeline.events.map { Record(when: $0.when, node: $0.node.id, title: $0.node.title, afterTheArticle: $0.afterTheArticle) })
        } else {
            print(timeline.render(style: .forStandardOutput(), citation: course.citation))
        }
    }
}
