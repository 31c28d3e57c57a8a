import Foundation
import MootSupport

/// The gradebook as CSV: one row per graded submission, points per question.
extension Gradebook {
    /// One CSV cell. OWASP's rule for CSV injection: a cell a spreadsheet would read as a formula starts with a quote
    /// mark. Control and escape sequences go too: `cat grades.csv` must not drive the terminal.
    static func field(_ raw: String) -> String {
        let clean = TerminalText.safe(raw)
        let formula = [raw.first, clean.first, clean.first { $0 != " " }].contains { $0.map(opensFormula) == true }
        let text = formula ? "'" + clean : clean
        return needsQuotes(text) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    private static func opensFormula(_ character: Character) -> Bool {
        character == "=" || character == "+" || character == "-" || character == "@" || character == "\t" || character == "\r"
    }

    /// Whether a cell holds a comma, a quote mark or a line break. Most cells hold none of those bytes, and then none
    /// of those characters: the byte scan spares reading the cell character by character.
    private static func needsQuotes(_ text: String) -> Bool {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return false }
        return text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
    }

    /// student, points, percent, pass, then points per question, in the quiz's order.
    public var csv: String {
        let field = Self.field
        var lines = [(["student", "points", "percent", "pass", "flags"] + quiz.items.map(\.question.id)).map(field).joined(separator: ",")]
        for row in rows {
            let cells = [row.student, NumberFormat.twoDecimals(row.points), NumberFormat.twoDecimals(row.percent), row.passed ? "yes" : "no",
                         row.flags.joined(separator: "; ")] + quiz.items.map { NumberFormat.twoDecimals(row.perQuestion[$0.question.id] ?? 0) }
            lines.append(cells.map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Per question: share correct, discrimination index (top 27 % minus bottom 27 % by total), the most chosen wrong
    /// options; per argument node, the share of students who missed it.
}
