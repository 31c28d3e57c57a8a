import Foundation

/// Writes a large, valid course to a temporary folder, for measuring load and validation at scale.
enum GeneratedCourse {
    static func write(nodes: Int, questions: Int, lessons: Int = 20) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("moot-generated-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("Lessons")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var map = "nodes:\n"
        map += node(id: "n0", kind: "claim", extra: "    main: true\n")
        for index in 1..<nodes { map += node(id: "n\(index)", kind: "premise", extra: "") }
        map += "edges:\n"
        for index in 1..<nodes { map += "  - n\(index) supports n\(index / 2 == index ? 0 : (index - 1) / 4)\n" }
        try map.write(to: folder.appendingPathComponent("argument-map.yaml"), atomically: true, encoding: .utf8)
        var course = """
            title: Generated
            article: {author: A, title: T, venue: V, date: 1 January 2025, published: 2025-01-01}
            lessons:

            """
        let perLesson = questions / lessons
        for lesson in 0..<lessons {
            course += "  - lesson-\(lesson).yaml\n"
            var text = "id: lesson-\(lesson)\ntitle: Lesson \(lesson)\nsection: all\nobjectives: [Practise]\nsteps:\n"
            for number in 0..<perLesson {
                let index = lesson * perLesson + number
                let target = index % nodes
                // Narration before every four questions, teaching the nodes they ask about, as `moot check` wants.
                if number % 4 == 0 {
                    let taught = (index..<min(index + 4, lesson * perLesson + perLesson)).map { "n\($0 % nodes)" }
                    text += "  - say: Generated narration.\n    cite: nowhere\n    teaches: [\(taught.joined(separator: ", "))]\n"
                }
                if index % 2 == 0 {
                    text += """
                          - id: q\(index)
                            kind: short
                            prompt: Which node is number \(target)?
                            nodes: [n\(target)]
                            hints: [One, Two]

                        """
                } else {
                    text += """
                          - id: q\(index)
                            kind: choice
                            prompt: Pick the right one for \(target).
                            nodes: [n\(target)]
                            choices:
                              - {text: right, correct: true}
                              - {text: wrong, why: Because.}
                            hints: [One, Two]

                        """
                }
            }
            try text.write(to: folder.appendingPathComponent("lesson-\(lesson).yaml"), atomically: true, encoding: .utf8)
        }
        try course.write(to: folder.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    private static func node(id: String, kind: String, extra: String) -> String {
        """
          - id: \(id)
            kind: \(kind)
        \(extra)    title: Node \(id)
            text: The statement of node \(id).
            section: all
            accept:
              phrases: [statement \(id)]

        """
    }
}
