import Foundation

/// Colour and layout for what the learner reads. Colour only on a terminal, never with `NO_COLOR`.
public struct Style: Sendable {
    public var color: Bool
    public var width: Int

    public init(color: Bool, width: Int = 80) {
        self.color = color
        self.width = max(40, min(width, 100))
    }

    /// Colour if stdout is a terminal, `NO_COLOR` is unset or empty, and `TERM` is not `dumb`.
    public static func forStandardOutput(environment: [String: String] = ProcessInfo.processInfo.environment) -> Style {
        let tty = isatty(STDOUT_FILENO) == 1
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
        let width = Int(environment["COLUMNS"] ?? "") ?? 80
        return Style(color: tty && !noColor, width: width)
    }

    private func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    public func good(_ text: String) -> String { paint(text, "32") }
    public func bad(_ text: String) -> String { paint(text, "31") }
    public func warn(_ text: String) -> String { paint(text, "33") }
    public func dim(_ text: String) -> String { paint(text, "2") }
    public func bold(_ text: String) -> String { paint(text, "1") }
    public func accent(_ text: String) -> String { paint(text, "36") }

    /// Word-wraps each paragraph to the style's width, keeping its leading spaces; continuation lines get
    /// `indent` (by default, the paragraph's own leading spaces plus two).
    public func wrap(_ text: String, indent: String? = nil) -> String {
        text.components(separatedBy: "\n").map { paragraph in
            let lead = String(paragraph.prefix { $0 == " " })
            let continuation = indent ?? (lead.isEmpty ? "" : lead + "  ")
            var lines: [String] = []
            var line = lead
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let prefix = lines.isEmpty ? lead : continuation
                if line.count > prefix.count && line.count + 1 + word.count > width {
                    lines.append(line)
                    line = continuation
                }
                line += (line.count > (lines.isEmpty ? lead : continuation).count ? " " : "") + word
            }
            lines.append(line)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
