import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program running on a pseudo-terminal, driven with keystrokes as a person would type them.
public final class Terminal {
    public let pid: pid_t
    private let master: Int32
    public private(set) var output = ""

    /// Serialises pty creation: openpty's name lookup is not thread-safe.
    private static let lock = NSLock()

    /// Starts `executable` with `arguments` and exactly `environment`, on a new pseudo-terminal of `rows` ×
    /// `columns` (40×100 unless told; 0×0 is a terminal that reports no size).
    public init(executable: URL, arguments: [String] = [], environment: [String: String],
                rows: UInt16 = 40, columns: UInt16 = 100) throws {
        var master: Int32 = -1, slave: Int32 = -1
        var name = [CChar](repeating: 0, count: 128)
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
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
        let environment = environment.map { "\($0.key)=\($0.value)" }
        let argv = [executable.path] + arguments
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
    public func waitFor(_ text: String, seconds: Double = 10, pollMicroseconds: UInt32 = 10_000) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            drain()
            if screenText.contains(text) { return true }
            usleep(pollMicroseconds)
        }
        return false
    }

    /// libedit draws its prompt before switching the terminal to raw mode; keys sent earlier are echoed twice
    /// and Ctrl-C or Ctrl-D are lost. Wait until canonical mode is off.
    public func waitForRawMode(seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            var settings = termios()
            if tcgetattr(master, &settings) == 0 && settings.c_lflag & tcflag_t(ICANON) == 0 { return true }
            usleep(5_000)
        }
        return false
    }

    /// Whether the terminal is back in canonical, echoing mode.
    public var isRestored: Bool {
        var settings = termios()
        guard tcgetattr(master, &settings) == 0 else { return false }
        return settings.c_lflag & tcflag_t(ICANON) != 0 && settings.c_lflag & tcflag_t(ECHO) != 0
    }

    public func type(_ text: String) {
        _ = waitForRawMode()
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        usleep(30_000)
    }

    /// Changes the terminal's size, as a window resize does: the program gets SIGWINCH.
    public func resize(rows: UInt16, columns: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        kill(pid, SIGWINCH)
        usleep(30_000)
    }

    public static let tab = "\t", enter = "\r", up = "\u{1B}[A", controlC = "\u{03}", controlD = "\u{04}",
               controlA = "\u{01}", controlE = "\u{05}"

    /// Waits for the process to end and returns its exit status, or nil on timeout.
    public func waitForExit(seconds: Double = 10) -> Int32? {
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
    public var screenText: String { Self.stripEscapes(output) }

    public static func stripEscapes(_ text: String) -> String {
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
