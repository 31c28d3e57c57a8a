import Yams
import MootModel
import MootSupport

/// Reads the glossary file: `terms:`, each with `id`, `term`, `definition`, and optionally `authority`, `nodes`
/// (map node ids) and `plain` (plain-word equivalents).
enum GlossaryReader {
    static func read(_ root: Node, file: String, sink: DiagnosticSink) -> [GlossaryEntry] {
        guard let fields = Fields(root, file: file, sink: sink, what: "the glossary") else { return [] }
        defer { fields.finish() }
        return fields.list("terms", required: true).compactMap { item in
            guard let entry = Fields(item, file: file, sink: sink, what: "a glossary term") else { return nil }
            defer { entry.finish() }
            return GlossaryEntry(id: entry.string("id", required: true) ?? "", term: entry.string("term", required: true) ?? "",
                                 definition: entry.string("definition", required: true) ?? "",
                                 authority: entry.string("authority"), nodes: entry.strings("nodes"),
                                 plain: entry.strings("plain"), location: entry.location)
        }
    }
}

extension Validator {
    /// Glossary ids and terms are unique, and every node a term names exists.
    func checkGlossary() {
        var seen: Set<String> = []
        for entry in course.glossary {
            if !seen.insert(entry.id).inserted { sink.error(entry.location, "duplicate glossary id '\(entry.id)'") }
            for node in entry.nodes where course.map[node] == nil {
                sink.error(entry.location, "glossary term '\(entry.term)' names an unknown node '\(node)'"
                           + Suggestion.hint(for: node, in: course.map.nodes.map(\.id)))
            }
        }
    }
}
