import Foundation

/// A TAB completion list laid out as `ls` does: in columns down then across, as many as the terminal's width
/// holds, each as wide as the longest word plus two spaces; one word a line when even one column does not fit.
enum CompletionColumns {
    static func layout(_ words: [String], width: Int) -> String {
        guard !words.isEmpty else { return "" }
        let cell = (words.map(\.count).max() ?? 0) + 2
        let columns = max(1, min(words.count, (max(width, 1) + 2) / cell))
        let rows = (words.count + columns - 1) / columns
        return (0..<rows).map { row in
            (0..<columns).compactMap { column -> String? in
                let index = column * rows + row
                guard words.indices.contains(index) else { return nil }
                let last = column == columns - 1 || (column + 1) * rows + row >= words.count
                return last ? words[index] : words[index].padding(toLength: cell, withPad: " ", startingAt: 0)
            }.joined()
        }.joined(separator: "\n")
    }

    /// The terminal's columns now (a resize is followed), else a sane `COLUMNS`, else 80.
    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0) }), (1...10_000).contains(columns) {
            return columns
        }
        return 80
    }
}
