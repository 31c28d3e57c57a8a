import ArgumentParser
import Foundation
import LineEditor
import MootKit

/// The interactive tutor (the default subcommand).
struct Tutor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tutor",
        abstract: "Open the tutor (what plain `moot` does).",
        discussion: "Reads plain lines, without prompts or colour, when stdin is not a terminal, so a session can be scripted.")

    @OptionGroup var options: ContentOptions

    func run() throws {
        let course = try options.course()
        let session = Session(course: course, style: .forStandardOutput())
        let editor = LineEditor(program: "moot", historyFile: Self.historyFile()) { session.completions(for: $0) }
        defer { editor.close() }
        print(session.welcome())
        while !session.isFinished {
            editor.prompt = session.prompt
            switch editor.readLine() {
            case .line(let line):
                let output = session.handle(line)
                if !output.isEmpty { print(output) }
            case .interrupted:
                continue
            case .endOfInput:
                if editor.isInteractive { print("") }
                print(session.handle("quit"))
            }
        }
    }

    /// `$XDG_STATE_HOME/moot/history`, by default `~/.local/state/moot/history`.
    static func historyFile() -> URL {
        let environment = ProcessInfo.processInfo.environment
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/state").path
        return URL(fileURLWithPath: state).appendingPathComponent("moot/history")
    }
}
