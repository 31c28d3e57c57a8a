import Foundation
import ArgumentParser

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Writes a value as JSON on stdout, keys sorted, for scripts.
func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

/// A usage error that names the nearest valid choice, exiting 64.
func usageError(_ message: String) -> ExitCode {
    printError("moot: " + message)
    return ExitCode(64)
}

extension String {
    /// The word as a shell reads it back: bare when it is safe, otherwise in single quotes.
    var shellQuoted: String {
        let safe = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_.@/"))
        if !isEmpty && unicodeScalars.allSatisfy(safe.contains) { return self }
        return "'" + replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
