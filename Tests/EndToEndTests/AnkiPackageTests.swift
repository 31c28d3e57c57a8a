import Foundation
import Testing

/// `moot export apkg`, imported by Anki itself (the official `anki` package from PyPI).
@Suite struct AnkiPackageTests {
    struct Imported: Decodable {
        struct Import: Decodable { var new, updated, duplicate, conflicting: Int }
        var imports: [Import]
        var notes, cards: Int
        var notetypes, fields, decks, prompts, guids: [String]
    }

    func importInAnki(_ packages: [URL]) throws -> Imported {
        let data = try runAnkiScript("apkg_import.py", packages)
        return try JSONDecoder().decode(Imported.self, from: data)
    }

    /// First import: N new notes of the moot note type; a later export of the same lesson after an edit updates
    /// all N (same GUIDs, later modification time) and adds none; the same package again changes nothing.
    @Test func ankiImportsThePackageAndAReexportUpdatesIt() throws {
        let folder = try Paths.scratch()
        let first = folder.appendingPathComponent("first.apkg"), later = folder.appendingPathComponent("later.apkg")
        let content = try Paths.scratch()
        for folder in ["Lessons", "Quizzes"] {
            try FileManager.default.copyItem(at: Paths.repository.appendingPathComponent(folder), to: content.appendingPathComponent(folder))
        }
        let export = try runMoot(["export", "apkg", "1", "-o", first.path, "--content", content.path],
                                 environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("(14 notes)"))
        // The edit: a prompt of lesson 1 reworded in the course, then exported again later.
        let lesson = try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("Lessons").path)
            .first { $0.hasPrefix("01-") }.map { content.appendingPathComponent("Lessons/\($0)") }
        let file = try #require(lesson)
        let yaml = try String(contentsOf: file, encoding: .utf8)
        let edited = yaml.replacingOccurrences(of: "Who gave the April 2025 testimony", with: "Edited, who gave the April 2025 testimony")
        #expect(edited != yaml)
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let again = try runMoot(["export", "apkg", "1", "-o", later.path, "--content", content.path],
                                environment: ["SOURCE_DATE_EPOCH": "1700000100"])
        #expect(again.status == 0, "\(again.stderr)")

        let result = try importInAnki([first, later, later])
        let counts = result.imports.map { [$0.new, $0.updated, $0.duplicate, $0.conflicting] }
        #expect(counts == [[14, 0, 0, 0], [0, 14, 0, 0], [0, 0, 14, 0]], "imported, updated, duplicated: \(counts)")
        #expect(result.notes == 14 && result.cards == 14)
        #expect(result.notetypes.filter { $0 == "moot question" }.count == 1)
        #expect(result.fields == ["prompt", "choices", "answer", "explanation", "source", "lesson", "nodes"])
        #expect(result.decks.contains { $0.hasPrefix("moot::01 ") })
        #expect(result.prompts.contains { $0.contains("Edited, who gave the April 2025 testimony") })
        #expect(Set(result.guids).count == 14 && result.guids.allSatisfy { $0.hasPrefix("moot:orientation") })
    }

    /// A lesson that does not exist, or a target that cannot be written: a message naming it, and no file left.
    @Test func badTargetsAreNamedAndLeaveNothingBehind() throws {
        let folder = try Paths.scratch()
        let unknown = try runMoot(["export", "apkg", "orientaton", "-o", folder.appendingPathComponent("x.apkg").path])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("did you mean 'orientation'?"))
        let missing = try runMoot(["export", "apkg", "-o", folder.appendingPathComponent("no/such/x.apkg").path])
        #expect(missing.status == 73)
        #expect(missing.stderr.contains("cannot write \(folder.path)/no/such/x.apkg: the folder"))
        let isFolder = try runMoot(["export", "apkg", "-o", folder.path])
        #expect(isFolder.status == 73 && isFolder.stderr.contains("it is a folder"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "nothing half-written")
        // An existing package is replaced whole.
        let target = folder.appendingPathComponent("deck.apkg")
        try Data("old".utf8).write(to: target)
        #expect(try runMoot(["export", "apkg", "1", "-o", target.path]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["deck.apkg"])
        #expect(try Data(contentsOf: target).prefix(2) == Data("PK".utf8))
    }
}

/// Runs one of the Tests/EndToEndTests Python scripts that drive the official `anki` package; its stdout.
func runAnkiScript(_ name: String, _ files: [URL]) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", Paths.repository.appendingPathComponent("Tests/EndToEndTests/\(name)").path] + files.map(\.path)
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "the anki package must be installed: pip install anki")
    return data
}
