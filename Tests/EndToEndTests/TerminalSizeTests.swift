import Foundation
import PseudoTerminal
import Testing

/// The terminal as it is: TAB lists in columns to its width, text fitted to its width (and to a new one after a
/// resize), and nothing breaks when it is 20 columns wide, reports no size, or `COLUMNS` is unset or absurd.
@Suite(.serialized) struct TerminalSizeTests {
    /// The lines printed after the last `marker`, up to the next line that starts with `until`.
    func lines(after marker: String, until: String, in screen: String) -> [String] {
        guard let start = screen.range(of: marker, options: .backwards) else { return [] }
        var result: [String] = []
        for line in screen[start.lowerBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
            if line.hasPrefix(until) { break }
            result.append(String(line))
        }
        return result
    }

    @Test func theTabListIsLaidOutInColumnsToTheTerminalWidth() throws {
        let terminal = try Terminal(state: try Paths.scratch(), columns: 30)
        #expect(terminal.waitFor("moot> "))
        terminal.type(Terminal.tab)
        // Fifteen commands in cells ten wide: three columns of five rows, read down then across.
        #expect(terminal.waitFor("help      practice  why\nlessons   progress  map\nstart     quiz      define"))
        let list = lines(after: "moot> ", until: "moot>", in: terminal.screenText.replacingOccurrences(of: "moot> \n", with: "moot> "))
        #expect(list.filter { !$0.isEmpty }.allSatisfy { $0.count <= 30 })
        // A resize is followed: at 100 columns the same list takes two rows.
        terminal.resize(rows: 40, columns: 100)
        terminal.type(Terminal.tab)
        #expect(terminal.waitFor("help      start     review    progress  hint      why       define    exit\n"
                                 + "lessons   continue  practice  quiz      skip      map       quit\n"))
        terminal.type("quit" + Terminal.enter)
        #expect(terminal.waitForExit() == 0)
    }

    @Test func twentyColumnsAndAResizeWhileTypingKeepTheLineAndTheWords() throws {
        let terminal = try Terminal(state: try Paths.scratch(), columns: 100)
        #expect(terminal.waitFor("moot> "))
        terminal.type("start 1" + Terminal.enter)
        #expect(terminal.waitFor("orientation 1/"))
        // The line being typed survives two resizes in the middle of it.
        terminal.type("sk")
        terminal.resize(rows: 40, columns: 20)
        terminal.type("i")
        terminal.resize(rows: 12, columns: 20)
        terminal.type("p" + Terminal.enter)
        #expect(terminal.waitFor("Skipped."))
        // At 20 columns the prompt drops the lesson's name, so it keeps at most a third of the line.
        #expect(terminal.waitFor("2/14> "))
        let printed = lines(after: "Skipped.", until: "2/14> ", in: terminal.screenText)
        #expect(printed.count > 3)
        // Every line fits 20 columns unless it is one word; no word is split across lines.
        for line in printed where line.contains(" ") { #expect(line.count <= 20, "too wide: \(line)") }
        let words = Set(printed.joined(separator: " ").split(separator: " ").map(String.init))
        #expect(words.contains("cross-border") && words.contains("authority"))
        #expect(!words.contains("autho") && !words.contains("rity"))
        // Resizes while a long text is being printed: the tutor carries on and the next line typed is read whole.
        terminal.type(":map" + Terminal.enter)
        for columns in [UInt16(20), 100, 33, 20] { terminal.resize(rows: 12, columns: columns) }
        terminal.type("less")
        terminal.resize(rows: 40, columns: 100)
        terminal.type("ons" + Terminal.enter)
        #expect(terminal.waitFor("10. application"))
        terminal.type("quit" + Terminal.enter)
        #expect(terminal.waitForExit() == 0)
    }

    @Test(arguments: [nil, "abc", "-3", "0", "99999999999", "5000"])
    func aTerminalThatReportsNoSizeUsesASaneWidth(columns: String?) throws {
        let terminal = try Terminal(state: try Paths.scratch(), environment: columns.map { ["COLUMNS": $0] } ?? [:],
                                    rows: 0, columns: 0)
        #expect(terminal.waitFor("moot> "))
        terminal.type("start 1" + Terminal.enter)
        #expect(terminal.waitFor("orientation 1/"))
        let narration = lines(after: "You will be able to:", until: "orientation 1/", in: terminal.screenText)
        #expect(!narration.isEmpty)
        // 80 columns when nothing sane is known; a very wide COLUMNS is held to the readable 100.
        let limit = columns == "5000" ? 100 : 80
        for line in narration where line.contains(" ") { #expect(line.count <= limit, "too wide: \(line)") }
        terminal.type("sk" + Terminal.tab)
        #expect(terminal.waitFor("skip"))
        terminal.type(Terminal.enter)
        #expect(terminal.waitFor("Skipped."))
        terminal.type("quit" + Terminal.enter)
        #expect(terminal.waitForExit() == 0)
    }
}
