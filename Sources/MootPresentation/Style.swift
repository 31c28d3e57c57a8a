import Foundation

/// Colour and layout for what the learner reads. Colour only on a terminal, never with `NO_COLOR`.
public struct Style: Sendable {
    public var color: Bool
    /// The width when the terminal does not say (piped output, tests, a terminal that reports no size).
    public var fallbackWidth: Int
    /// Asks the terminal its width now, so text follows a resize; nil when it cannot tell.
    var measure: (@Sendable () -> Int?)?

    public init(color: Bool, width: Int = 80) {
        self.color = color
        self.fallbackWidth = Self.clamped(width)
    }

    /// The width text wraps to: the terminal's own, read at each use, else the fallback.
    public var width: Int { measure?().map(Self.clamped) ?? fallbackWidth }

    /// Narrow terminals get narrow text (down to 20 columns); very wide ones stay readable (at most 100).
    static func clamped(_ width: Int) -> Int { max(20, min(width, 100)) }

    /// Colour if stdout is a terminal, `NO_COLOR` is unset or empty, and `TERM` is not `dumb`. The width is the
    /// terminal's (asked with TIOCGWINSZ each time text is laid out); otherwise a sane `COLUMNS`, otherwise 80.
    public static func forStandardOutput(environment: [String: String] = ProcessInfo.processInfo.environment) -> Style {
        let tty = isatty(STDOUT_FILENO) == 1
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
        let columns = Int(environment["COLUMNS"]?.trimmingCharacters(in: .whitespaces) ?? "").flatMap { (1...10_000).contains($0) ? $0 : nil }
        var style = Style(color: tty && !noColor, width: columns ?? 80)
        if tty { style.measure = { terminalColumns(STDOUT_FILENO) } }
        return style
    }

    /// The terminal's columns, or nil when it reports no size.
    static func terminalColumns(_ descriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    private func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    public func good(_ text: String) -> String { paint(text, "32") }
    public func bad(_ text: String) -> String { paint(text, "31") }
    public func warn(_ text: String) -> String { paint(text, "33") }
    public func dim(_ text: String) -> String { paint(text, "2") }
    public func bold(_ text: String) -> String { paint(text, "1") }
    public func accent(_ text: String) -> String { paint(text, "36") }

    /// Columns `text` takes on a terminal: escape sequences none, wide (East Asian, emoji) characters two.
    public static func displayWidth(_ text: some StringProtocol) -> Int {
        var width = 0, inEscape = false
        for character in text {
            if inEscape { if character.isLetter { inEscape = false }; continue }
            if character == "\u{1B}" { inEscape = true; continue }
            width += isWide(character) ? 2 : 1
        }
        return width
    }

    private static func isWide(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        if scalar.properties.isEmojiPresentation { return true }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Wraps `text` as one paragraph that starts after `head` (kept exactly as it is, spaces and all: a tree's
    /// guides), with continuation lines under `indent`.
    public func wrap(_ text: String, after head: String, indent: String) -> String {
        let placeholder = String(repeating: "x", count: head.count)
        let wrapped = wrap(placeholder + text.replacingOccurrences(of: "\n", with: " "), indent: indent)
        return head + wrapped.dropFirst(placeholder.count)
    }

    /// Word-wraps each paragraph to the style's width by display width, keeping its leading spaces and the spaces
    /// between words (columns stay aligned); continuation lines get `indent` (by default, the paragraph's own
    /// leading spaces plus two). A word is never broken: one longer than the line stands alone on its line; only an
    /// address too long for a line (a URL, a path) is broken after a "/" or "-", its rest under the indent.
    public func wrap(_ text: String, indent: String? = nil) -> String {
        let width = self.width
        return text.components(separatedBy: "\n").map { paragraph in
            let lead = String(paragraph.prefix { $0 == " " })
            let continuation = indent ?? (lead.isEmpty ? "" : lead + "  ")
            var lines: [String] = []
            var line = lead, lineWidth = Self.displayWidth(lead), hasWord = false
            let room = width - Self.displayWidth(continuation)
            for (gap, word) in Self.keepingNumbers(Self.words(paragraph.dropFirst(lead.count), breakingLongerThan: room), room: room) {
                let wordWidth = Self.displayWidth(word)
                if hasWord && lineWidth + gap.count + wordWidth > width {
                    lines.append(line)
                    line = continuation
                    lineWidth = Self.displayWidth(continuation)
                    hasWord = false
                }
                if hasWord { line += gap; lineWidth += gap.count }
                line += word
                lineWidth += wordWidth
                hasWord = true
            }
            lines.append(line)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// Each number joined to the word before it with a space that does not break ("paragraph 3", "of 14"), so no
    /// line ends in the word with its number starting the next — unless the pair is wider than `room` (a line
    /// under the indent) and could not be kept on one line anyway. A number after a number is not joined, so a
    /// list of figures still breaks between them.
    static func keepingNumbers(_ words: [(gap: Substring, word: Substring)], room: Int) -> [(gap: Substring, word: String)] {
        var joined: [(gap: Substring, word: String, glued: Bool)] = []
        for (gap, word) in words {
            if !gap.isEmpty, isNumber(word), let last = joined.last, !last.glued, !isNumber(Substring(last.word)),
               displayWidth(last.word) + gap.count + displayWidth(word) <= room {
                joined[joined.count - 1] = (last.gap, last.word + gap + word, true)
            } else {
                joined.append((gap, String(word), false))
            }
        }
        return joined.map { ($0.gap, $0.word) }
    }

    /// A word that is a figure: it starts with a digit, perhaps after a bracket, sign or symbol ("3", "(4)", "§219", "$5").
    static func isNumber(_ word: Substring) -> Bool {
        word.drop { "([§$€£#~+−-".contains($0) }.first?.isNumber == true
    }

    /// Lays out text that may hold lines wider than the terminal: lines that fit are left exactly as they are (a
    /// tree, a table), longer ones are wrapped at spaces. Everything the tutor prints passes through here, so no
    /// message is ever cut mid-word by the terminal.
    public func fit(_ text: String) -> String {
        let width = self.width
        guard text.split(separator: "\n", omittingEmptySubsequences: false)
            .contains(where: { Self.displayWidth($0) > width || $0.hasPrefix(Self.verbatimMark) }) else { return text }
        return text.components(separatedBy: "\n").map { line in
            if line.hasPrefix(Self.verbatimMark) { return String(line.dropFirst()) }
            return Self.displayWidth(line) > width ? wrap(line) : line
        }.joined(separator: "\n")
    }

    /// A line `fit` leaves whole however wide it is: a command to copy and paste must not be broken.
    public static func verbatim(_ line: String) -> String { verbatimMark + line }
    private static let verbatimMark = "\u{E000}"

    /// Each word with the run of spaces before it (empty for the first); an address wider than `limit` comes as
    /// pieces that each end at a "/" or "-", joined with no gap.
    private static func words(_ text: Substring, breakingLongerThan limit: Int) -> [(gap: Substring, word: Substring)] {
        words(text).flatMap { gap, word -> [(gap: Substring, word: Substring)] in
            guard word.contains("/"), displayWidth(word) > limit else { return [(gap, word)] }
            var pieces: [(gap: Substring, word: Substring)] = []
            var start = word.startIndex
            for index in word.indices where "/-".contains(word[index]) && word.index(after: index) < word.endIndex {
                let end = word.index(after: index)
                pieces.append((pieces.isEmpty ? gap : "", word[start..<end]))
                start = end
            }
            pieces.append((pieces.isEmpty ? gap : "", word[start...]))
            return pieces
        }
    }

    private static func words(_ text: Substring) -> [(gap: Substring, word: Substring)] {
        var result: [(Substring, Substring)] = []
        var index = text.startIndex
        while index < text.endIndex {
            let wordStart = text[index...].firstIndex { $0 != " " } ?? text.endIndex
            guard wordStart < text.endIndex else { break }
            let wordEnd = text[wordStart...].firstIndex(of: " ") ?? text.endIndex
            result.append((text[index..<wordStart], text[wordStart..<wordEnd]))
            index = wordEnd
        }
        return result
    }
}
