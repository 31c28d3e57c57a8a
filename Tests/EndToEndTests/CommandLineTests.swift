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
}
