import ArgumentParser
import MootPresentation
import MootQuiz
import MootSupport

struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Draw the argument map, or the part around one node.",
        discussion: "`--format dot` renders with Graphviz: moot map --format dot | dot -Tsvg > map.svg")

    @OptionGroup var options: ContentOptions
    @Argument(help: "A node id: show that node, what it bears on and what bears on it.", completion: CourseCompletion.nodes)
    var node: String?
    @Option(help: "tree (default), json, dot, argdown, svg (drawn by Graphviz) or html (one self-contained page).")
    var format: MapExport.Format = .tree

    func run() throws {
        let course = try options.course()
        let map = course.map
        if let node, map[node] == nil {
            throw usageError("no node '\(node)'\(Suggestion.hint(for: node, in: map.nodes.map(\.id)))")
        }
        switch format {
        case .tree:
            let tree = MapTree(map: map, style: .forStandardOutput(), citation: course.citation)
            print(node.flatMap { tree.render(around: $0) } ?? tree.render())
        case .json:
            print(try MapExport.json(node.map { map.neighbourhood(of: $0) } ?? map))
        case .dot:
            print(MapExport.dot(node.map { map.neighbourhood(of: $0) } ?? map))
        case .argdown:
            print(MapExport.argdown(node.map { map.neighbourhood(of: $0) } ?? map, citation: course.citation))
        case .svg, .html:
            let part = node.map { map.neighbourhood(of: $0) } ?? map
            let svg = try Graphviz.drawing(MapExport.dot(part))
            print(format == .svg ? svg : try MapPage.html(map: part, svg: svg, citation: course.citation,
                                                          questions: course.lessons.flatMap(\.questions), title: course.title),
                  terminator: "")
        }
    }
}

extension MapExport.Format: ExpressibleByArgument {}
