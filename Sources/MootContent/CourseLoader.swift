import Dispatch
import Foundation
import Yams
import MootModel
import MootSupport

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
        let mapPath = "Lessons/" + (fields.string("map") ?? "argument-map.yaml")
        var lessonPaths: [String] = []
        for entry in fields.list("lessons", required: true) {
            guard let name = entry.scalar?.string else {
                fields.mistyped("lessons", entry, expected: "a list of lesson file names")
                continue
            }
            let path = "Lessons/" + name
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) {
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
        return Course(title: title, citation: citation, map: map, lessons: lessons)
    }

    private static func readCitation(_ fields: Fields) -> Citation {
        guard let article = fields.fields("article", what: "the article's citation", required: true) else {
            return Citation(author: "", title: "", venue: "", date: "", published: "")
        }
        defer { article.finish() }
        return Citation(author: article.string("author", required: true) ?? "",
                        title: article.string("title", required: true) ?? "",
                        venue: article.string("venue", required: true) ?? "",
                        date: article.string("date", required: true) ?? "",
                        published: article.string("published", required: true) ?? "",
                        url: article.string("url"))
    }

    /// Reads and parses one file; a missing or unreadable file is a diagnostic, not a crash.
    static func parse(_ path: String, root: URL, sink: DiagnosticSink) -> Node? {
        let url = root.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            sink.error(SourceLocation(file: path, line: 1, column: 1), "cannot read the file (does it exist?)")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            sink.error(SourceLocation(file: path, line: 1, column: 1), "the file is not valid UTF-8")
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

/// Reads one lesson file.
enum LessonReader {
    static func read(_ root: Node, file: String, sink: DiagnosticSink) -> Lesson? {
        guard let fields = Fields(root, file: file, sink: sink, what: "a lesson") else { return nil }
        defer { fields.finish() }
        let id = fields.string("id", required: true) ?? ""
        var lesson = Lesson(
            id: id, title: fields.string("title", required: true) ?? "",
            section: fields.string("section", required: true) ?? "",
            objectives: fields.strings("objectives", required: true), steps: [], location: fields.location)
        for item in fields.list("steps", required: true) {
            guard let step = Fields(item, file: file, sink: sink, what: "a step") else { continue }
            if step.has("say") {
                lesson.steps.append(.narration(text: step.string("say") ?? "", cite: step.string("cite")))
            } else if let question = QuestionReader.read(step, lesson: id) {
                lesson.steps.append(.question(question))
            }
            step.finish()
        }
        return lesson
    }
}

/// Runs independent jobs on every core and returns their results in order.
enum ParallelMap {
    static func run<T: Sendable>(_ count: Int, _ job: @escaping @Sendable (Int) -> T) -> [T] {
        let slots = Slots(count: count, job: job)
        DispatchQueue.concurrentPerform(iterations: count) { slots.fill($0) }
        return slots.results
    }

    /// One slot per job, allocated up front; each job writes only its own, so no two threads touch the same memory.
    private final class Slots<T: Sendable>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<T?>
        private let job: @Sendable (Int) -> T

        init(count: Int, job: @escaping @Sendable (Int) -> T) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
            self.job = job
        }

        deinit { buffer.deallocate() }

        func fill(_ index: Int) { buffer[index] = job(index) }

        var results: [T] { buffer.map { $0! } }
    }
}
