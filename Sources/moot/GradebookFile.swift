import Foundation
import ArgumentParser
import MootQuiz
import MootSupport

extension Gradebook.LMSFormat: ExpressibleByArgument {}

/// Writes the gradebook whole or not at all (a temporary file in the same folder, renamed), or says which file
/// could not be written and why, exiting 73.
func writeGradebook(_ text: String, to path: String) throws {
    let target = URL(fileURLWithPath: path)
    let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).partial")
    func refuse(_ reason: String) -> ExitCode {
        unlink(partial.path)
        printError(TerminalText.safe("moot: cannot write \(path): \(reason)"))
        return ExitCode(73)
    }
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { throw refuse("it is a folder") }
    let descriptor = open(partial.path, O_CREAT | O_EXCL | O_WRONLY, 0o644)
    guard descriptor >= 0 else { throw refuse(String(cString: strerror(errno))) }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    let failure = written == bytes.count ? 0 : errno
    guard close(descriptor) == 0, failure == 0 else { throw refuse(String(cString: strerror(failure == 0 ? errno : failure))) }
    guard rename(partial.path, path) == 0 else { throw refuse(String(cString: strerror(errno))) }
}
