import Foundation
import Testing
@testable import MootQuiz

/// The instructor's secret: the key file, keyed layouts and roster codes.
@Suite struct InstructorKeyTests {
    private let key = InstructorKey(bytes: Data(repeating: 7, count: 32))

    @Test func theKeyFileIsCreatedOnceOwnerOnlyAndNeverReplaced() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("moot-key-\(UUID())/instructor/c.key")
        let (first, created) = try InstructorKey.loadOrCreate(at: file)
        #expect(created)
        let (second, again) = try InstructorKey.loadOrCreate(at: file)
        #expect(!again && first.mac(["x"]) == second.mac(["x"]))
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        try "not a key".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: InstructorKey.Unusable.self) { try InstructorKey.loadOrCreate(at: file) }
        #expect(try String(contentsOf: file, encoding: .utf8) == "not a key")
    }

    @Test func permutationsDependOnTheKeyAndThePartsOnly() {
        let other = InstructorKey(bytes: Data(repeating: 8, count: 32))
        #expect(key.permutation(count: 6, ["layout", "q", "a"]) == key.permutation(count: 6, ["layout", "q", "a"]))
        #expect(Set(key.permutation(count: 6, ["layout", "q", "a"])) == Set(0..<6))
        let many = (0..<50).map { key.permutation(count: 4, ["layout", "q", "\($0)"]) }
        #expect(Set(many).count > 15)
        #expect((0..<50).filter { other.permutation(count: 4, ["layout", "q", "\($0)"]) == many[$0] }.count < 10)
        // Length-prefixed parts: ["ab", "c"] and ["a", "bc"] are different messages.
        #expect(key.mac(["ab", "c"]) != key.mac(["a", "bc"]))
    }

    @Test func rosterCodesFollowTheNameAsComparedAndReadLeniently() throws {
        let code = Roster.code(key: key, quiz: "final", student: "Ada Lovelace")
        #expect(code.count == 9)
        #expect(Roster.code(key: key, quiz: "final", student: "  ADA\u{200B} lovelace") == code)
        #expect(Roster.code(key: key, quiz: "other", student: "Ada Lovelace") != code)
        #expect(Roster.matches(code.lowercased().replacingOccurrences(of: "-", with: " "), key: key, quiz: "final", student: "ada lovelace"))
        #expect(!Roster.matches(code, key: key, quiz: "final", student: "Bob"))
        #expect(!Roster.matches("", key: key, quiz: "final", student: "Ada Lovelace"))
        #expect(Roster.normalised("oil-0") == "0110")
    }

    @Test func aClassListWithABadLineNamesIt() throws {
        let roster = try Roster(students: Data("# list\nAda\r\n\nBob\n".utf8), file: "s.txt", quiz: "q", key: key)
        #expect(roster.entries.map(\.name) == ["Ada", "Bob"] && roster.entries.map(\.line) == [2, 4])
        for (text, message) in [("Ada\nada\n", "s.txt:2:1: the same student as line 1"), ("\u{200B}\u{2060}\n", "s.txt:1:1: a name made only"),
                                ("A\tB\n", "s.txt:1:2: a control character (U+0009)"),
                                (String(repeating: "x", count: 201), "s.txt:1:1: a name over 200")] {
            #expect { try Roster(students: Data(text.utf8), file: "s.txt", quiz: "q", key: key) } throws: { error in
                "\(error)".hasPrefix(message)
            }
        }
    }
}
