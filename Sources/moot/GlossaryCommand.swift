import ArgumentParser
import MootContent
import MootGrading
import MootModel
import MootPresentation
import MootSupport

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary", abstract: "The terms of art the course uses, or one of them.")
    @OptionGroup var options: ContentOptions
    @Argument(help: "A term, its id or a plain-word equivalent; all terms if omitted.", completion: CourseCompletion.terms)
    var term: [String] = []
    @Flag(help: "Print the entries as JSON.") var json = false

    struct Record: Encodable { var id, term, definition: String; var authority: String?; var nodes, plain: [String] }

    func run() throws {
        let course = try options.course()
        var entries = course.glossary
        if !term.isEmpty {
            let words = term.joined(separator: " ")
            guard let entry = TermLookup.entry(words, in: course.glossary) else {
                let near = TermLookup.suggestion(for: words, in: course.glossary).map { " (did you mean '\($0)'?)" } ?? ""
                throw usageError("no glossary term '\(words)'\(near)")
            }
            entries = [entry]
        }
        if json {
            try printJSON(entries.map { Record(id: $0.id, term: $0.term, definition: $0.definition, authority: $0.authority,
                                               nodes: $0.nodes, plain: $0.plain) })
        } else {
            let style = Style.forStandardOutput()
            print(entries.map { GlossaryView.render($0, map: course.map, style: style) }.joined(separator: "\n\n"))
        }
    }
}
