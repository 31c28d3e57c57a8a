import MootSupport

/// The gradebook in the shapes learning-management systems import.
///
/// Moodle (Grades › Import › CSV file): one identifier column that "Identify user by" maps onto a Moodle user field,
/// then one column per grade item, headed by the item's name so Moodle maps it by itself: the quiz's total (named as
/// the quiz), then each question's points. The identifier is the name each student gave on the quiz; the column is
/// "Email address" when every one is an email address, otherwise "ID number" (ask students to give theirs).
///
/// Canvas (Grades › Import): Student, ID, SIS User ID, SIS Login ID, Section, then one assignment column headed by
/// the quiz's title, and a "Points Possible" row under the header. The given name goes in Student and SIS User ID;
/// Canvas's own ID and the section are left empty for Canvas to fill from the SIS id.
///
/// Every cell goes through the same OWASP CSV-injection guard as the plain gradebook.
extension Gradebook {
    public enum LMSFormat: String, CaseIterable, Sendable {
        case plain, moodle, canvas
    }

    public func csv(format: LMSFormat) -> String {
        switch format {
        case .plain: csv
        case .moodle: moodleCSV
        case .canvas: canvasCSV
        }
    }

    /// The identifier a student gave, as an LMS should read it: no control characters, no surrounding spaces.
    static func identifier(_ student: String) -> String {
        TerminalText.safe(student).trimmingCharacters(in: .whitespaces)
    }

    static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(where: \.isWhitespace)
    }

    var moodleCSV: String {
        let identifiers = rows.map { Self.identifier($0.student) }
        let column = !identifiers.isEmpty && identifiers.allSatisfy(Self.isEmailAddress) ? "Email address" : "ID number"
        var lines = [([column, quiz.title] + quiz.items.map(\.question.id)).map(Self.field).joined(separator: ",")]
        for (row, identifier) in zip(rows, identifiers) {
            let cells = [identifier, NumberFormat.twoDecimals(row.points)]
                + quiz.items.map { NumberFormat.twoDecimals(row.perQuestion[$0.question.id] ?? 0) }
            lines.append(cells.map(Self.field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var canvasCSV: String {
        var lines = [["Student", "ID", "SIS User ID", "SIS Login ID", "Section", quiz.title].map(Self.field).joined(separator: ","),
                     ["Points Possible", "", "", "", "", NumberFormat.twoDecimals(quiz.totalPoints)].map(Self.field).joined(separator: ",")]
        for row in rows {
            let identifier = Self.identifier(row.student)
            lines.append([identifier, "", identifier, "", "", NumberFormat.twoDecimals(row.points)].map(Self.field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
