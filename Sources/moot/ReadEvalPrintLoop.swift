import Foundation
import LineEditor
import MootSession

/// The one read-eval-print loop, for every kind of session: lines from the editor in, the session's text out,
/// until the session says it is finished. Ctrl-C abandons the line; Ctrl-D is `quit`.
struct ReadEvalPrintLoop {
    let editor: LineEditor
    /// Print a blank line after Ctrl-D on a terminal, before the goodbye (the tutor does; a student pack does not).
    var blankLineAtEndOfInput: Bool

    /// `prompt` is asked before each line; `session` is asked for each line, so the tutor can hand over a session
    /// whose course is still loading only when the first line needs it.
    func run(prompt: () -> String, session: () throws -> any InteractiveSession) throws {
        while true {
            fflush(nil)
            editor.prompt = prompt()
            switch editor.readLine() {
            case .line(let line):
                let output = try session().handle(line)
                if !output.isEmpty { print(output) }
            case .interrupted:
                continue
            case .endOfInput:
                if blankLineAtEndOfInput && editor.isInteractive { print("") }
                print(try session().handle("quit"))
            }
            if try session().isFinished { return }
        }
    }
}
