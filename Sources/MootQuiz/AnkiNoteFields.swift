import MootModel
import MootPresentation
import MootSupport

/// moot's own Anki note type for the .apkg export: one field per part of a question, so a learner can restyle
/// the card or search a field (`nodes:*armed-attack*`) in Anki.
public enum AnkiMootNote {
    public static let noteTypeName = "moot question"
    /// The note type's fields, in order.
    public static let fields = ["prompt", "choices", "answer", "explanation", "source", "lesson", "nodes"]
    public static let frontTemplate = "{{prompt}}{{#choices}}<div class=choices>{{choices}}</div>{{/choices}}"
    public static let backTemplate = """
        {{FrontSide}}<hr id=answer><div class=answer>{{answer}}</div>\
        {{#explanation}}<div class=explanation>{{explanation}}</div>{{/explanation}}\
        <div class=source>{{source}}</div><div class=lesson>{{lesson}}</div>
        """
    public static let css = """
        .card { font-family: sans-serif; font-size: 18px; text-align: left; max-width: 40em; margin: auto; }
        .explanation { margin-top: 1em; }
        .source, .lesson { margin-top: 1em; font-size: 14px; color: #555; }
        """

    /// One note's fields, keyed as `fields` names them, each HTML-escaped.
    public struct Note: Sendable {
        public var guid: String
        public var deck: String
        public var fields: [String]
        public var tags: [String]
    }

    public static func note(_ question: Question, course: Course, deck: String, lessonTitle: String) -> Note {
        let map = course.map
        let tree = MapTree(map: map, style: Style(color: false), citation: course.citation)
        let places = question.nodes.compactMap { map[$0] }.compactMap { node in
            tree.place(of: node).map { "\(node.title) — \($0)" } ?? node.source.map { "\(node.title) — \($0)" }
        }
        let citation = "\(course.citation.author), “\(course.citation.title)”"
        let source = "<p>\(AnkiExport.escape(citation))</p>" + (places.isEmpty ? "" : AnkiExport.list(places))
        let nodes = AnkiExport.list(question.nodes.map { id in map[id].map { "\($0.title) (\(id))" } ?? id })
        let fields = [AnkiExport.prompt(question, map: map), AnkiExport.choices(question, map: map),
                      AnkiExport.answer(question, map: map), AnkiExport.explanation(question), source,
                      "<p>\(AnkiExport.escape(lessonTitle))</p>", nodes]
        let tags = (["moot", question.lesson, question.kind.rawValue] + question.nodes).map { $0.replacingOccurrences(of: " ", with: "_") }
        return Note(guid: AnkiExport.guid(question), deck: deck, fields: fields, tags: tags)
    }
}
