import Foundation
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

/// `moot` running on a pseudo-terminal, driven with keystrokes as a person would type them.
final class Terminal {
    let pid: pid_t
    private let master: Int32
    private(set) var output = ""

    /// Serialises pty creation: openpty's name lookup is not thread-safe.
    private static let lock = NSLock()

    init(arguments: [String] = [], state: URL, environment extra: [String: String] = [:]) throws {
        var master: Int32 = -1, slave: Int32 = -1
        var name = [CChar](repeating: 0, count: 128)
        var size = winsize(ws_row: 40, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
        Self.lock.lock()
        defer { Self.lock.unlock() }
        guard openpty(&master, &slave, &name, nil, &size) == 0 else { throw POSIXError(.EIO) }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        // A new session whose first opened terminal (the pty) becomes its controlling terminal.
        posix_spawnattr_setflags(&attributes, Int16(0x80 /* POSIX_SPAWN_SETSID */))
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        let environment = Paths.environment(state: state, extra: extra).map { "\($0.key)=\($0.value)" }
        let argv = [Paths.moot.path] + arguments
        var pid: pid_t = 0
        let status = withCStrings(argv) { argv in
            withCStrings(environment) { envp in posix_spawn(&pid, argv[0]!, &actions, &attributes, argv, envp) }
        }
        close(slave)
        guard status == 0 else {
            close(master)
            throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO)
        }
        self.pid = pid
        self.master = master
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }

    /// Reads what the program printed, for up to `seconds`, until `text` appears (escape codes removed).
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            drain()
            if screenText.contains(text) { return true }
            usleep(10_000)
        }
        return false
    }

    /// libedit draws its prompt before switching the terminal to raw mode; keys sent earlier are echoed twice
    /// and Ctrl-C or Ctrl-D are lost. Wait until canonical mode is off.
    func waitForRawMode(seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            var settings = termios()
            if tcgetattr(master, &settings) == 0 && settings.c_lflag & tcflag_t(ICANON) == 0 { return true }
            usleep(5_000)
        }
        return false
    }

    /// Whether the terminal is back in canonical, echoing mode.
    var isRestored: Bool {
        var settings = termios()
        guard tcgetattr(master, &settings) == 0 else { return false }
        return settings.c_lflag & tcflag_t(ICANON) != 0 && settings.c_lflag & tcflag_t(ECHO) != 0
    }

    func type(_ text: String) {
        _ = waitForRawMode()
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        usleep(30_000)
    }

    static let tab = "\t", enter = "\r", up = "\u{1B}[A", controlC = "\u{03}", controlD = "\u{04}",
               controlA = "\u{01}", controlE = "\u{05}"

    /// Waits for the process to end and returns its exit status, or nil on timeout.
    func waitForExit(seconds: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            drain()
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                drain()
                return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            }
            usleep(10_000)
        }
        return nil
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            output += String(decoding: buffer[0..<count], as: UTF8.self)
        }
    }

    /// The output with terminal escape sequences and carriage returns removed.
    var screenText: String { Self.stripEscapes(output) }

    static func stripEscapes(_ text: String) -> String {
        var result = ""
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            if scalar == "\u{1B}" {
                guard let next = iterator.next() else { break }
                if next == "[" {
                    while let c = iterator.next(), !(("@"..."~").contains(c)) {}
                }
                continue
            }
            if scalar == "\r" || scalar == "\u{07}" || scalar == "\u{08}" { continue }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}

/// Calls `body` with a NULL-terminated C array of the strings.
private func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    let pointers = strings.map { strdup($0) } + [nil]
    defer { pointers.forEach { free($0) } }
    return body(pointers)
}
