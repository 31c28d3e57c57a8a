import Foundation
import Testing

/// man/moot.1: groff renders it without a warning, it has the sections a man page owes, and it names every
/// subcommand the binary has (read from `--help`, so a new command without a man entry fails here).
@Suite struct ManPageTests {
    static let page = Paths.repository.appendingPathComponent("man/moot.1")

    /// The subcommands `--help` lists, with their own subcommands ("quiz pack", "export apkg").
    static func subcommands(_ path: [String] = []) throws -> [[String]] {
        let help = try runMoot(path + ["--help"]).stdout
        guard let start = help.range(of: "SUBCOMMANDS:\n") else { return [] }
        let names = help[start.upperBound...].split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let word = line.split(separator: " ").first,
                  word != "See" else { return nil }
            return String(word)
        }
        return try names.flatMap { name in [path + [name]] + (try subcommands(path + [name])) }
    }

    @Test func groffRendersItWithoutWarnings() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["groff", "-man", "-ww", "-z", "-Tutf8", Self.page.path]
        process.environment = ["LC_ALL": "C.UTF-8", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let warnings = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "groff must be installed: apt-get install groff-base")
        #expect(warnings.isEmpty, "\(warnings)")
    }

    @Test func itHasTheSectionsAndEverySubcommand() throws {
        let text = try String(contentsOf: Self.page, encoding: .utf8)
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "EXIT STATUS", "ENVIRONMENT", "FILES"] {
            #expect(text.contains(".SH \(section)\n"), "section \(section)")
        }
        for variable in ["NO_COLOR", "COLUMNS", "XDG_DATA_HOME", "XDG_STATE_HOME", "MOOT_HOME", "MOOT_CONTENT"] {
            #expect(text.contains(".B \(variable)\n"), "ENVIRONMENT names \(variable)")
        }
        for code in ["0", "1", "64", "65", "69", "73", "74"] { #expect(text.contains(".B \(code)\n"), "exit status \(code)") }
        let version = try runMoot(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(text.contains("\"moot \(version)\""), "the page's version is the binary's (\(version))")
        // In roff a command is bold: ".B name", ".BR name", ".BI name", or "name" after the parent's word.
        let commands = try Self.subcommands()
        #expect(commands.count >= 18)
        for command in commands {
            let words = command.joined(separator: " ")
            #expect([".B \(words)", ".BR \(words)", ".BI \(words)", ".BR \"\(words)", ".BI \"\(words)", ".B \"\(words)"]
                .contains { text.contains($0) }, "man/moot.1 has no entry for '\(words)'")
        }
    }
}
