import CEditLineShim
import Foundation

/// What one call to `LineEditor.readLine()` produced.
public enum LineInput: Equatable, Sendable {
    case line(String)
    /// Ctrl-C: the line being typed was abandoned.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// Reads lines from the user: through libedit when stdin and stdout are terminals, as plain lines otherwise.
///
/// With libedit it offers emacs keys, persistent history, TAB completion through `completer`, and Ctrl-C that
/// abandons the current line. The terminal is restored by `close()`, and on a crash signal by the C shim.
public final class LineEditor {
    /// Given the text before the cursor, returns the words that may complete its last word.
    public typealias Completer = (_ lineBeforeCursor: String) -> [String]

    public let isInteractive: Bool
    public var prompt: String = "> " {
        didSet { setPromptBuffer() }
    }

    private let completer: Completer
    private let historyFile: URL?
    private var editLine: OpaquePointer?
    private var history: OpaquePointer?
    private var promptBuffer: UnsafeMutablePointer<CChar>?
    fileprivate var interruptPending = false

    /// `interactive` defaults to whether both stdin and stdout are terminals.
    public init(program: String, historyFile: URL?, interactive: Bool? = nil, completer: @escaping Completer) {
        self.isInteractive = interactive ?? (isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1)
        self.completer = completer
        self.historyFile = historyFile
        setPromptBuffer()
        if isInteractive { openEditLine(program: program) }
    }

    deinit { close() }

    /// Reads one line, without its newline.
    public func readLine() -> LineInput {
        guard let editLine else {
            guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
            return .line(line)
        }
        interruptPending = false
        var count: Int32 = 0
        let raw = el_gets(editLine, &count)
        if interruptPending || cel_take_sigint() != 0 {
            interruptPending = false
            return .interrupted
        }
        guard let raw, count > 0 else { return .endOfInput }
        var line = String(cString: raw)
        while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
        remember(line)
        return .line(line)
    }

    /// True, once, if Ctrl-C arrived while a command was running.
    public func takeInterrupt() -> Bool { cel_take_sigint() != 0 }

    /// Saves history and gives the terminal back in the state it was found.
    public func close() {
        if let editLine {
            el_end(editLine)
            self.editLine = nil
        }
        if let history {
            history_end(history)
            self.history = nil
        }
        promptBuffer.map { free($0) }
        promptBuffer = nil
    }

    private func setPromptBuffer() {
        promptBuffer.map { free($0) }
        promptBuffer = strdup(prompt)
    }

    private func openEditLine(program: String) {
        Self.useUTF8Locale()
        guard let el = cel_init(program) else { return }
        editLine = el
        cel_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        cel_set_prompt(el, promptCallback)
        cel_set_editor(el, "emacs")
        cel_set_signal(el, 1)
        if let h = cel_history_init(1000, 1) {
            history = h
            cel_set_history(el, h)
            if let historyFile { cel_history_load(h, historyFile.path) }
        }
        cel_add_function(el, "moot-complete", "complete a command or an id", completeCallback)
        cel_add_function(el, "moot-interrupt", "abandon the current line", interruptCallback)
        cel_add_function(el, "moot-suspend", "suspend moot", cel_suspend_command)
        cel_bind(el, "^I", "moot-complete")
        cel_bind(el, "^R", "em-inc-search-prev")
        cel_bind(el, "^C", "moot-interrupt")
        cel_bind(el, "^Z", "moot-suspend")
        // Ctrl-C and Ctrl-Z arrive as keys, not signals: a signal would only be noticed after the next Enter.
        cel_setty_edit(el, "-isig")
        cel_install_sigint_handler()
        cel_install_crash_tty_restore(STDIN_FILENO)
    }

    private func remember(_ line: String) {
        guard let history, !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        cel_history_enter(history, line)
        guard let historyFile else { return }
        try? FileManager.default.createDirectory(
            at: historyFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        cel_history_save(history, historyFile.path)
    }

    /// In the C locale libedit silently drops non-ASCII input, so fall back to C.UTF-8.
    private static func useUTF8Locale() {
        setlocale(LC_CTYPE, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    fileprivate static func from(_ el: OpaquePointer?) -> LineEditor? {
        guard let el, let data = cel_get_clientdata(el) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    fileprivate var promptPointer: UnsafeMutablePointer<CChar>? { promptBuffer }

    /// Completes the word before the cursor (libedit return codes: CC_REFRESH, CC_REDISPLAY, CC_REFRESH_BEEP).
    fileprivate func complete(_ el: OpaquePointer) -> UInt8 {
        guard let info = el_line(el)?.pointee, let start = info.buffer, let cursor = info.cursor else {
            return UInt8(CC_REFRESH_BEEP)
        }
        let length = cursor - start
        let before = String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
        let word = before.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        let matches = completer(before).filter { $0.hasPrefix(word) }
        guard !matches.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        if matches.count == 1 {
            el_insertstr(el, String(matches[0].dropFirst(word.count)) + " ")
            return UInt8(CC_REFRESH)
        }
        let common = matches.dropFirst().reduce(matches[0]) { $0.commonPrefix(with: $1) }
        if common.count > word.count {
            el_insertstr(el, String(common.dropFirst(word.count)))
            return UInt8(CC_REFRESH)
        }
        let list = "\n" + CompletionColumns.layout(matches, width: CompletionColumns.terminalWidth()) + "\n"
        list.withCString { _ = write(STDOUT_FILENO, $0, strlen($0)) }
        return UInt8(CC_REDISPLAY)
    }

    fileprivate func interrupt(_ el: OpaquePointer) -> UInt8 {
        interruptPending = true
        el_cursor(el, Int32.max / 2)
        el_insertstr(el, "^C")
        el_push(el, "\n")
        return UInt8(CC_REFRESH)
    }
}

private let promptCallback: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = { el in
    LineEditor.from(el)?.promptPointer
}

private let completeCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { el, _ in
    guard let el, let editor = LineEditor.from(el) else { return UInt8(CC_ERROR) }
    return editor.complete(el)
}

private let interruptCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { el, _ in
    guard let el, let editor = LineEditor.from(el) else { return UInt8(CC_ERROR) }
    return editor.interrupt(el)
}
