import Foundation
import Testing

/// Keys are tested like code: `moot check` grades each question's example answers and names every disagreement.
@Suite struct ExampleAnswerTests {
    /// The course's content in a scratch folder, to change a label in.
    static func copyOfTheCourse() throws -> URL {
        let root = try Paths.scratch()
        for folder in ["Lessons", "Quizzes"] {
            try FileManager.default.copyItem(at: Paths.repository.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        return root
    }

    @Test func aMislabelledExampleIsReportedAtItsPosition() throws {
        let root = try Self.copyOfTheCourse()
        let file = root.appendingPathComponent("Lessons/01-orientation.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.hasSuffix("- answer: Colby Jenkins") })
        let column = try #require(lines[line].range(of: "answer")).lowerBound.utf16Offset(in: lines[line]) + 1
        #expect(lines[line + 1].hasSuffix("label: incorrect"))
        var changed = lines
        changed[line + 1] = changed[line + 1].replacingOccurrences(of: "incorrect", with: "correct")
        try changed.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)

        let run = try runMoot(["check", "--content", root.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("Lessons/01-orientation.yaml:\(line + 1):\(column): error: example answer to "
                                    + "'orientation-testimony' is labelled correct but graded incorrect: \"Colby Jenkins\""), "\(run.stdout)")
        #expect(try runMoot(["check"]).status == 0)
    }

    @Test func aNodesMislabelledExampleIsReportedAtItsPosition() throws {
        let root = try Self.copyOfTheCourse()
        let file = root.appendingPathComponent("Lessons/argument-map.yaml")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.hasSuffix("- answer: selling drugs is a use of armed force") })
        #expect(lines[line + 1].hasSuffix("label: incorrect"))
        lines[line + 1] = lines[line + 1].replacingOccurrences(of: "incorrect", with: "correct")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let run = try runMoot(["check", "--content", root.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("Lessons/argument-map.yaml:\(line + 1):9: error: example answer to node 'ca-not-force' is "
                                    + "labelled correct but does not name it: \"selling drugs is a use of armed force\""), "\(run.stdout)")
    }

    @Test func aHalfWordingTheFullKeyAlreadyCreditsIsRefusedAtItsNode() throws {
        let root = try Self.copyOfTheCourse()
        let file = root.appendingPathComponent("Lessons/argument-map.yaml")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let node = try #require(lines.firstIndex { $0 == "  - id: e-sinaloa-meth" })
        let accept = try #require(lines[node...].firstIndex { $0 == "    accept:" })
        lines.insert(contentsOf: ["      half:", "        - meth spreading from west to east"], at: accept + 1)
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let run = try runMoot(["check", "--content", root.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("Lessons/argument-map.yaml:\(node + 1):5: error: half wording of node 'e-sinaloa-meth' "
                                    + "already names it in full, so it is never half: \"meth spreading from west to east\""), "\(run.stdout)")
    }
}
