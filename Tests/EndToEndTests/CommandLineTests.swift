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
}
