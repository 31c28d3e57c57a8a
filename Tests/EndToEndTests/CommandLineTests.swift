import Foundation
import Testing

/// The command line as its conventions promise: a version, and a mistyped subcommand refused with the nearest one.
@Suite struct CommandLineTests {
    @Test func versionIsPrintedAndListedInHelp() throws {
        let version = try runMoot(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        #expect(try runMoot(["--help"]).stdout.contains("--version"))
    }

    @Test func aMistypedSubcommandSuggestsTheNearestAndExits64() throws {
        let run = try runMoot(["lesons"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("'lesons' is not a moot command (did you mean 'lessons'?)"))
        #expect(run.stdout.isEmpty)
        #expect(try runMoot(["lessons"]).status == 0, "a real subcommand still runs")
    }

    /// The shell asks moot itself for the ids (as the generated scripts do): questions, nodes, lessons, quizzes.
    @Test func shellCompletionOffersTheCoursesIds() throws {
        func candidates(_ command: [String]) throws -> [String] {
            let run = try runMoot(["---completion"] + command + ["--", "positional@0", "2", "0", "moot"] + command + [""])
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout.split(separator: "\n").map(String.init)
        }
        #expect(try candidates(["map"]).contains("e-murders-per-day"))
        #expect(try candidates(["answer"]).contains("orientation-testimony"))
        #expect(try candidates(["export", "gift"]).contains("final"))
        #expect(try candidates(["export", "anki"]).contains("orientation"))
        for shell in ["bash", "zsh", "fish"] {
            let script = try runMoot(["--generate-completion-script", shell])
            #expect(script.status == 0 && script.stdout.contains("---completion"), "\(shell)")
        }
    }

    /// Anki itself (the `anki` package from PyPI) imports the export, and a re-import after an edit updates the
    /// notes instead of adding copies, because each note's GUID is its question id.
    @Test func ankiImportsTheDeckAndAReimportUpdatesIt() throws {
        let folder = try Paths.scratch()
        let first = folder.appendingPathComponent("first.txt"), edited = folder.appendingPathComponent("edited.txt")
        let export = try runMoot(["export", "anki", "1"])
        #expect(export.status == 0)
        try export.stdout.write(to: first, atomically: true, encoding: .utf8)
        let changed = export.stdout.replacingOccurrences(of: "<p>What did the April 2025 testimony", with: "<p>Edited: what did the April 2025 testimony")
        #expect(changed != export.stdout)
        try changed.write(to: edited, atomically: true, encoding: .utf8)
        let data = try runAnkiScript("anki_import.py", [first, edited])
        struct Result: Decodable { struct Import: Decodable { var new, updated, duplicate: Int }; var imports: [Import]; var notes: Int; var fronts: [String] }
        let result = try JSONDecoder().decode(Result.self, from: data)
        #expect(result.imports.first?.new == 14)
        #expect(result.imports.last?.new == 0 && (result.imports.last?.updated ?? 0) >= 1)
        #expect(result.notes == 14)
        #expect(result.fronts.contains { $0.hasPrefix("<p>Edited: what did") })
    }

    /// The glossary from the command line and in the tutor, with a suggestion for a mistyped term.
    @Test func termsOfArtCanBeLookedUp() throws {
        let json = try runMoot(["glossary", "--json"])
        #expect(json.status == 0)
        let entries = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(entries.count >= 10)
        #expect(try runMoot(["glossary", "can't", "or", "won't"]).stdout.contains("unwilling or unable"))
        #expect(try runMoot(["glossary", "reprisl"]).status == 64)
        let tutor = try runMoot([], input: "define ihrl\ndefine unwiling-or-unable\nquit\n")
        // The tutor names the term by its words; ids are for `moot glossary` and --json.
        #expect(tutor.stdout.contains("law-enforcement paradigm"))
        #expect(!tutor.stdout.contains("(law-enforcement-paradigm)"))
        #expect(tutor.stdout.contains("No term 'unwiling-or-unable' (did you mean 'unwilling-or-unable'?)"))
    }

    /// Report 24, item 13: a term is found by the stems of its words, in any order ("scale and effect" is "scale
    /// and effects"); a term one slip off is suggested by its words.
    @Test func aTermIsFoundByItsStems() throws {
        let tutor = try runMoot([], input: "define scale and effect\ndefine effect and scales\ndefine scael and effects\nquit\n")
        let flat = tutor.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(!flat.contains("No term 'scale and effect'"))
        #expect(flat.components(separatedBy: "scale and effects The measure the ICJ used").count == 3, "\(flat)")
        #expect(flat.contains("No term 'scael and effects' (did you mean 'scale and effects'?)"))
        let command = try runMoot(["glossary", "armed", "attacks"])
        #expect(command.status == 0 && command.stdout.hasPrefix("armed attack (armed-attack)"), "\(command.stdout)")
    }
}
