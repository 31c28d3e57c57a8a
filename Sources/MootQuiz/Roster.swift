import Foundation

/// A class list for one quiz, each student with a short personal code derived from the instructor's secret:
/// HMAC-SHA256(key, quiz, the student's name compared as `StudentName` compares it), cut to eight Crockford base-32
/// characters (40 bits). A student types the code when taking the quiz; `moot grade` derives it again from the name on
/// the submission, so a file handed in under another student's name is flagged. The codes are not stored anywhere:
/// the same key, quiz and name always give the same code.
public struct Roster: Sendable {
    public struct Entry: Sendable {
        public var name: String
        public var code: String
        public var line: Int
    }

    public struct Malformed: Error, CustomStringConvertible {
        public let description: String
    }

    public let quiz: String
    public let entries: [Entry]

    /// Longest name accepted, as in a submission.
    public static let maxName = 200

    /// Reads a students file: one name per line; blank lines and lines starting with `#` are skipped. A line that is
    /// not UTF-8, holds a control character, is too long, is empty once invisible characters are removed, or names a
    /// student already listed is refused as `file:line:col: why`.
    public init(students data: Data, file: String, quiz: String, key: InstructorKey) throws {
        var entries: [Entry] = []
        var seen: [String: Int] = [:]
        for (index, bytes) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            func refuse(_ why: String, column: Int = 1) -> Malformed { Malformed(description: "\(file):\(line):\(column): \(why)") }
            guard let raw = String(bytes: bytes, encoding: .utf8) else { throw refuse("this line is not valid UTF-8") }
            let text = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
            let name = text.trimmingCharacters(in: .whitespaces)
            if name.isEmpty || name.hasPrefix("#") { continue }
            if let bad = text.unicodeScalars.firstIndex(where: { $0.properties.generalCategory == .control }) {
                throw refuse("a control character (U+\(String(format: "%04X", text.unicodeScalars[bad].value))) in a name",
                             column: text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: bad) + 1)
            }
            guard name.count <= Self.maxName else { throw refuse("a name over \(Self.maxName) characters") }
            let compared = StudentName.key(name)
            guard !compared.isEmpty else { throw refuse("a name made only of invisible characters") }
            if let first = seen[compared] { throw refuse("the same student as line \(first) ('\(name)')") }
            seen[compared] = line
            entries.append(Entry(name: name, code: Self.code(key: key, quiz: quiz, student: name), line: line))
        }
        self.quiz = quiz
        self.entries = entries
    }

    private static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// The student's personal code for this quiz, as `ABCD-EFGH`.
    public static func code(key: InstructorKey, quiz: String, student: String) -> String {
        let bytes = key.mac(["roster", quiz, StudentName.key(student)]).prefix(5)
        let bits = bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let characters = (0..<8).map { alphabet[Int((bits >> UInt64(35 - 5 * $0)) & 31)] }
        return String(characters[0..<4]) + "-" + String(characters[4...])
    }

    /// A code as typed, read as Crockford base 32 reads it: case, spaces and dashes ignored, O read as 0, I and L as 1.
    public static func normalised(_ typed: String) -> String {
        String(typed.uppercased().compactMap { character -> Character? in
            switch character {
            case "O": "0"
            case "I", "L": "1"
            case " ", "-", "_", "\t": nil
            default: character
            }
        })
    }

    /// Whether `typed` is this student's code for the quiz.
    public static func matches(_ typed: String, key: InstructorKey, quiz: String, student: String) -> Bool {
        let expected = Array(normalised(code(key: key, quiz: quiz, student: student)).utf8)
        let given = Array(normalised(typed).utf8)
        // Compared in full whatever differs first, so timing says nothing of how much was right.
        guard given.count == expected.count else { return false }
        return zip(given, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// The names as compared, for checking a submission's name against the roster.
    public var names: Set<String> { Set(entries.map { StudentName.key($0.name) }) }
}
