import Dispatch
import Foundation
import Yams
import MootModel

/// Loads the course from a content root holding `Lessons/` (and `Quizzes/`), and validates it.
///
/// Paths in diagnostics are relative to the root, e.g. `Lessons/01-orientation.yaml:12:5`.
public enum CourseLoader {
    /// Loads and validates; throws every problem found if there is any error.
    public static func load(root: URL) throws -> Course {
        let (course, diagnostics) = loadReportingAll(root: root)
        if let course, !diagnostics.contains(where: { $0.severity == .error }) { return course }
        throw ContentErrors(diagnostics: diagnostics)
    }

    /// Loads as much as can be read and returns it with every diagnostic, for `moot check`.
    public static func loadReportingAll(root: URL) -> (Course?, [Diagnostic]) {
        let sink = DiagnosticSink()
        var course = read(root: root, sink: sink)
        if let loaded = course {
            Validator(course: loaded, sink: sink).run()
            course?.quizzes = QuizReader.readAll(root: root, course: loaded, sink: sink)
            if let course, !sink.hasErrors { TeachingCheck(course: course, sink: sink).checkQuizzes() }
        }
        return (course, sink.diagnostics)
    }

    static func read(root: URL, sink: DiagnosticSink) -> Course? {
        let coursePath = "Lessons/course.yaml"
        guard let courseYAML = parse(coursePath, root: root, sink: sink),
              let fields = Fields(courseYAML, file: coursePath, sink: sink, what: "the course") else { return nil }
        defer { fields.finish() }
        let title = fields.string("title", required: true) ?? ""
        let citation = readCitation(fields)
        var mapName = fields.string("map") ?? "argument-map.yaml"
        if !ContentPath.staysInside(mapName) {
            sink.error(fields.location("map"), "the map '\(mapName)' must be inside Lessons/")
            mapName = "argument-map.yaml"
        }
        let mapPath = "Lessons/" + mapName
        var lessonPaths: [String] = []
        for entry in fields.list("lessons", required: true) {
            guard let name = entry.scalar?.string else {
                fields.mistyped("lessons", entry, expected: "a list of lesson file names")
                continue
            }
            let path = "Lessons/" + name
            if !ContentPath.staysInside(name) {
                sink.error(Fields.location(of: entry, in: coursePath), "lesson file '\(name)' must be inside Lessons/")
            } else if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) {
                lessonPaths.append(path)
            } else {
                sink.error(Fields.location(of: entry, in: coursePath), "lesson file '\(path)' does not exist")
            }
        }
        // The files are independent: read them on every core, each into its own sink, then merge in order.
        let paths = [mapPath] + lessonPaths
        let results = ParallelMap.run(paths.count) { index -> (ArgumentMap?, Lesson?, [Diagnostic]) in
            let fileSink = DiagnosticSink()
            guard let yaml = parse(paths[index], root: root, sink: fileSink) else { return (nil, nil, fileSink.diagnostics) }
            if index == 0 { return (MapReader.read(yaml, file: paths[index], sink: fileSink), nil, fileSink.diagnostics) }
            return (nil, LessonReader.read(yaml, file: paths[index], sink: fileSink), fileSink.diagnostics)
        }
        results.forEach { sink.merge($0.2) }
        let map = results[0].0 ?? ArgumentMap(nodes: [], edges: [])
        let lessons = results.dropFirst().compactMap(\.1)
        var course = Course(title: title, citation: citation, map: map, lessons: lessons)
        if let name = fields.string("glossary") {
            if !ContentPath.staysInside(name) {
                sink.error(fields.location("glossary"), "the glossary '\(name)' must be inside Lessons/")
            } else if let yaml = parse("Lessons/" + name, root: root, sink: sink) {
                course.glossary = GlossaryReader.read(yaml, file: "Lessons/" + name, sink: sink)
            }
        }
        return course
    }

    private static func readCitation(_ fields: Fields) -> Citation {
        guard let article = fields.fields("article", what: "the article's citation", required: true) else {
            return Citation(author: "", title: "", venue: "", date: "", published: "")
        }
        defer { article.finish() }
        var citation = Citation(author: article.string("author", required: true) ?? "",
                                title: article.string("title", required: true) ?? "",
                                venue: article.string("venue", required: true) ?? "",
                                date: article.string("date", required: true) ?? "",
                                published: article.string("published", required: true) ?? "",
                                url: article.string("url"))
        citation.sections = article.list("sections").compactMap { item in
            guard let section = Fields(item, file: article.file, sink: article.sink, what: "a section of the article") else { return nil }
            defer { section.finish() }
            let paragraphs = section.int("paragraphs", required: true) ?? 0
            if paragraphs < 1 { section.sink.error(section.location("paragraphs"), "a section has at least one paragraph") }
            return ArticleSection(id: section.string("id", required: true) ?? "",
                                  title: section.string("title", required: true) ?? "", paragraphs: paragraphs)
        }
        return citation
    }

    /// Reads and parses one file; a missing or unreadable file is a diagnostic, not a crash.
    static func parse(_ path: String, root: URL, sink: DiagnosticSink) -> Node? {
        let url = root.appendingPathComponent(path)
        let start = SourceLocation(file: path, line: 1, column: 1)
        // Only a regular file: opening a FIFO would block, and /dev/zero never ends.
        let type = (try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path))?[.type] as? FileAttributeType
        guard type == .typeRegular, let handle = try? FileHandle(forReadingFrom: url),
              let data = try? handle.read(upToCount: HostileText.maxBytes + 1) ?? Data() else {
            sink.error(start, "cannot read the file (does it exist?)")
            return nil
        }
        try? handle.close()
        guard data.count <= HostileText.maxBytes else {
            sink.error(start, "the file is larger than \(HostileText.maxBytes / 1024 / 1024) MB, the most moot reads")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let bad = HostileText.invalidUTF8Position(in: data) ?? (1, 1)
            sink.error(SourceLocation(file: path, line: bad.line, column: bad.column), "the file is not valid UTF-8")
            return nil
        }
        if let alias = HostileText.aliasKeyPosition(in: text) {
            sink.error(SourceLocation(file: path, line: alias.line, column: alias.column),
                       "an alias cannot be a mapping key; write the key out")
            return nil
        }
        return YAMLText.parse(text, file: path, sink: sink)
    }

    /// Finds the content root: the first of `start` and its ancestors that holds `Lessons/course.yaml`.
    public static func findRoot(from start: URL) -> URL? {
        var directory = start.standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Lessons/course.yaml").path) {
                return directory
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { return nil }
            directory = parent
        }
    }
}
