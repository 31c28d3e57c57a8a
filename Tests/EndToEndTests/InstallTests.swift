import Foundation
import Testing

/// scripts/install and scripts/uninstall into a temporary prefix. The test installs the binary the suite already
/// built (MOOT_BINARY), so it does not build a release; the release build is what the script does without it.
@Suite struct InstallTests {
    func script(_ name: String, prefix: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = Paths.repository.appendingPathComponent("scripts/\(name)")
        var environment = ProcessInfo.processInfo.environment
        environment["PREFIX"] = prefix.path
        environment["MOOT_BINARY"] = Paths.moot.path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test func installPutsEverythingUnderThePrefixAndUninstallTakesItAway() throws {
        let prefix = try Paths.scratch().appendingPathComponent("prefix with space")
        let installed = try script("install", prefix: prefix)
        #expect(installed.status == 0, "\(installed.output)")
        let files = ["bin/moot", "share/man/man1/moot.1", "share/bash-completion/completions/moot",
                     "share/zsh/site-functions/_moot", "share/fish/vendor_completions.d/moot.fish", "share/moot/Lessons/course.yaml"]
        for file in files { #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file)") }
        #expect(FileManager.default.isExecutableFile(atPath: prefix.appendingPathComponent("bin/moot").path))
        #expect(try String(contentsOf: prefix.appendingPathComponent("share/bash-completion/completions/moot"), encoding: .utf8)
            .contains("---completion"))

        // The installed moot, run from a folder with no course in it, finds the course it was installed with.
        let elsewhere = try Paths.scratch()
        let process = Process()
        process.executableURL = prefix.appendingPathComponent("bin/moot")
        process.arguments = ["lessons"]
        process.currentDirectoryURL = elsewhere
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "MOOT_CONTENT")
        environment["XDG_CACHE_HOME"] = elsewhere.path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let lessons = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(lessons.contains("orientation"))

        let removed = try script("uninstall", prefix: prefix)
        #expect(removed.status == 0, "\(removed.output)")
        for file in files { #expect(!FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file) left") }
        #expect(!FileManager.default.fileExists(atPath: prefix.appendingPathComponent("share/moot").path))
    }
}
