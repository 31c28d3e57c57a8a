import Foundation
import MootSupport

/// The gradebook as CSV: one row per graded submission, points per question.
extension Gradebook {
    /// One CSV cell. OWASP's rule for CSV injection: a cell a spreadsheet would read as a formula starts with a quote
    /// mark. Control and escape sequences go too: `cat grades.csv` must not drive the terminal.
    static func field(_ raw: String) -> String {
        let clean = TerminalText.safe(raw)
        let formula = [raw.first, clean.first, clean.first { $0 != " " }].contains { $0.map { "=+-@\t\r".contains($0) } == true }
        let text = formula ? "'" + clean : clean
        return text.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
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
