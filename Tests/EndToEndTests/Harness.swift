import Foundation
import PseudoTerminal
#if canImport(Glibc)
import Glibc
#endif

/// Where the built `moot` is, and the repository it belongs to.
enum Paths {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The test bundle sits in the build folder beside the `moot` executable.
    static var moot: URL {
        if let explicit = ProcessInfo.processInfo.environment["MOOT_BIN"] { return URL(fileURLWithPath: explicit) }
        let buildFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [buildFolder, buildFolder.deletingLastPathComponent(), repository.appendingPathComponent(".build/debug")]
        return candidates.map { $0.appendingPathComponent("moot") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2].appendingPathComponent("moot")
    }

    /// A fresh folder for one test's state (history, database).
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("moot-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func environment(state: URL, extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "PATH": "/usr/bin:/bin", "HOME": state.path, "LANG": "C.UTF-8", "TERM": "xterm",
            "XDG_STATE_HOME": state.appendingPathComponent("state").path,
            "XDG_DATA_HOME": state.appendingPathComponent("data").path,
            "MOOT_CONTENT": repository.path, "USER": "tester",
            // One cache for every test: the grading lexicon is built once, not once per test.
            "XDG_CACHE_HOME": FileManager.default.temporaryDirectory.appendingPathComponent("moot-e2e-cache").path,
        ]
        environment.merge(extra) { $1 }
        return environment
    }
}

/// The result of running `moot` to completion with piped stdin.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs `moot` with `arguments`, feeding `input` on stdin, and waits for it.
func runMoot(_ arguments: [String], input: String = "", state: URL? = nil, environment extra: [String: String] = [:])
    throws -> Run {
    let state = try state ?? Paths.scratch()
    let process = Process()
    process.executableURL = Paths.moot
    process.arguments = arguments
    process.environment = Paths.environment(state: state, extra: extra)
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    // Write and read concurrently, so a large input or output cannot deadlock on a full pipe.
    let writer = Thread {
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let errorData = LockedData()
    let errorReader = Thread { errorData.set(stderr.fileHandleForReading.readDataToEndOfFile()) }
    errorReader.start()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !errorData.isSet { usleep(1_000) }
    return Run(status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
               stderr: String(decoding: errorData.value, as: UTF8.self))
}

final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    func set(_ value: Data) { lock.withLock { data = value } }
    var isSet: Bool { lock.withLock { data != nil } }
    var value: Data { lock.withLock { data ?? Data() } }
}

extension Terminal {
    /// `moot` on a pseudo-terminal with a test's own state folder.
    convenience init(arguments: [String] = [], state: URL, environment extra: [String: String] = [:],
                     rows: UInt16 = 40, columns: UInt16 = 100) throws {
        try self.init(executable: Paths.moot, arguments: arguments, environment: Paths.environment(state: state, extra: extra),
                      rows: rows, columns: columns)
    }

    /// At the first prompt, starts lesson 1 and gives its first questions `answers`, waiting for each next question
    /// as a learner would; false as soon as an awaited screen does not come.
    func startLessonOne(answering answers: [String] = []) -> Bool {
        guard waitFor("moot> ") else { return false }
        type("start 1" + Terminal.enter)
        guard waitFor("orientation 1/") else { return false }
        for (index, answer) in answers.enumerated() {
            type(answer + Terminal.enter)
            guard waitFor("orientation \(index + 2)/") else { return false }
        }
        return true
    }
}
