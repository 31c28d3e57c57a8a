import ArgumentParser
import Foundation

/// Lays out DOT with Graphviz's `dot` program (Debian's `graphviz`).
enum Graphviz {
    struct Missing: Error, CustomStringConvertible {
        var description: String { "Graphviz's dot program is needed to draw the map: apt-get install graphviz (or brew install graphviz)" }
    }

    /// The drawing for a command: when Graphviz is missing, says what to install and exits 69 (EX_UNAVAILABLE).
    static func drawing(_ dot: String) throws -> String {
        do { return try svg(dot) } catch {
            printError("moot: \(error)")
            throw ExitCode(69)
        }
    }

    static func svg(_ dot: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["dot", "-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw Missing() }
        // Write from another thread, so a large drawing cannot deadlock on a full pipe.
        let data = Data(dot.utf8)
        let writer = Thread { input.fileHandleForWriting.write(data); try? input.fileHandleForWriting.close() }
        writer.start()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        _ = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // env exits 127 when it cannot find the program.
        if process.terminationStatus == 127 { throw Missing() }
        guard process.terminationStatus == 0 else { throw Missing() }
        return String(decoding: svg, as: UTF8.self)
    }
}
