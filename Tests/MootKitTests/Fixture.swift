import Foundation
@testable import MootContent
@testable import MootModel

/// A small, valid course written to a temporary folder; tests break one file at a time.
struct Fixture {
    let root: URL

    static let course = """
        title: Fixture course
        article:
          author: A. Author
          title: An Article
          venue: A Blog
          date: 1 January 2025
          published: 2025-01-01
        lessons:
          - 01-one.yaml
        """

    static let map = """
        nodes:
          - id: thesis
            kind: claim
            main: true
            title: The thesis
            text: Strikes may be lawful self-defence.
            section: Intro
            accept:
              phrases: [strikes lawful self-defence]
          - id: objection
            kind: objection
            title: An objection
            text: There is no authority.
            section: Intro
            speaker: Someone
            accept:
              phrases: [no legal authority]
          - id: reply
            kind: reply
            title: A reply
            text: Self-defence supplies it.
            section: Intro
            accept:
              phrases: [self-defence supplies authority]
        edges:
          - objection rebuts thesis
          - reply answers objection
        """

    static let lesson = """
        id: one
        title: Lesson one
        section: Intro
        objectives: [Learn]
        steps:
          - say: Some narration.
            cite: Author 2025
          - id: q1
            kind: short
            prompt: What is the thesis?
            nodes: [thesis]
            hints: [One, Two]
          - id: q2
            kind: truefalse
            prompt: Is there an objection?
            answer: true
            why: Yes.
            nodes: [objection, reply]
            hints: [One, Two]
        """

    init(course: String = Fixture.course, map: String = Fixture.map, lesson: String = Fixture.lesson) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("moot-fixture-\(UUID().uuidString)")
        let lessons = root.appendingPathComponent("Lessons")
        try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
        try course.write(to: lessons.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        try map.write(to: lessons.appendingPathComponent("argument-map.yaml"), atomically: true, encoding: .utf8)
        try lesson.write(to: lessons.appendingPathComponent("01-one.yaml"), atomically: true, encoding: .utf8)
    }

    /// Errors only: the fixture has no `teaches:` lines (so its lines stay put), and teaching-order warnings are tested on the real course.
    var diagnostics: [Diagnostic] { CourseLoader.loadReportingAll(root: root).1.filter { $0.severity == .error } }
}

/// The repository, for reference data under Tests/Data (never for the course: unit tests use the fixture).
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}
