import Foundation

/// This program's name as a command the user is told to type ("to go on, type: …"): `moot` when `moot` on PATH
/// is this very executable, otherwise the path it was started by, quoted for the shell. A student who ran
/// `/work/nu/moot` and has no `moot` on PATH is told `/work/nu/moot quiz …`, which works.
enum InvokedName {
    static var current: String {
        resolve(invoked: CommandLine.arguments.first ?? "moot",
                path: ProcessInfo.processInfo.environment["PATH"] ?? "",
                executable: runningExecutable)
    }

    /// `invoked` is argv[0]; `executable` the real path of the running program.
    static func resolve(invoked: String, path: String, executable: String?) -> String {
        if let executable, let onPath = firstOnPath("moot", path: path), realPath(onPath) == executable { return "moot" }
        // Started through PATH under another name, or from a PATH whose first moot is another: the real path.
        if !invoked.contains("/") { return (executable ?? invoked).shellQuoted }
        return invoked.shellQuoted
    }

    /// The first executable `name` in a PATH, as the shell finds it.
    static func firstOnPath(_ name: String, path: String) -> String? {
        path.split(separator: ":", omittingEmptySubsequences: false)
            .map { ($0.isEmpty ? "." : String($0)) + "/" + name }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static var runningExecutable: String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")).map(realPath)
            ?? Bundle.main.executablePath.map(realPath)
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
