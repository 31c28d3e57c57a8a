import Foundation
import Testing
@testable import MootContent
@testable import MootModel

/// Content written to crash or hang the loader is refused quickly, at the line and column of the problem
/// (the reliability review's probes, each as a test).
@Suite struct HostileContentTests {
    private func quiz(_ body: String, in fixture: Fixture) throws {
        let folder = fixture.root.appendingPathComponent("Quizzes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try body.write(to: folder.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
    }

    private static let quizText = """
        id: q
        title: A quiz
        pass: 50
        time_limit: 15
        questions:
          - select: {lesson: one, count: 1}
            points: 2
        """

    @Test(arguments: [("count: 1", "count: -5", "'count' must be at least 1"),
                      ("time_limit: 15", "time_limit: .nan", "finite number"),
                      ("time_limit: 15", "time_limit: .inf", "finite number"),
                      ("time_limit: 15", "time_limit: 1e300", "finite number"),
                      ("time_limit: 15", "time_limit: 20000", "at most 10080"),
                      ("points: 2", "points: .nan", "finite number"),
                      ("pass: 50", "pass: 1e400", "finite number")])
    func absurdQuizNumbersAreRefusedAtTheirField(_ replacement: (String, String, String)) throws {
        let fixture = try Fixture()
        try quiz(Self.quizText.replacingOccurrences(of: replacement.0, with: replacement.1), in: fixture)
        let errors = fixture.diagnostics.filter { $0.severity == .error }
        let refusal = errors.first { $0.message.contains(replacement.2) }
        #expect(refusal?.location.file == "Quizzes/q.yaml", "\(errors.map(\.description))")
        #expect(errors.allSatisfy { $0 == refusal || $0.message.contains("has no questions") })
    }

    @Test(arguments: [".nan", ".inf", "1e308"])
    func numericAnswersAndTolerancesMustBeFinite(_ value: String) throws {
        let numeric = Fixture.lesson + """

              - id: q3
                kind: numeric
                prompt: How many?
                answer: \(value)
                tolerance: 0
                nodes: [thesis]
                hints: [One, Two]
            """
        let errors = try Fixture(lesson: numeric).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.location.line) == [23], "\(errors.map(\.description))")
        let tolerance = numeric.replacingOccurrences(of: "answer: \(value)", with: "answer: 17")
            .replacingOccurrences(of: "tolerance: 0", with: "tolerance: \(value)")
        #expect(try Fixture(lesson: tolerance).diagnostics.contains { $0.location.line == 24 && $0.message.contains("finite") })
    }

    @Test func aSelfEdgeAndACycleOfSupportsAreRefused() throws {
        let selfEdge = Fixture.map + "\n  - reply supports reply"
        #expect(try Fixture(map: selfEdge).diagnostics.contains { $0.message == "'reply' supports itself" })
        let cycle = Fixture.map.replacingOccurrences(of: "kind: reply", with: "kind: premise")
            + "\n  - reply supports thesis\n  - thesis supports reply"
        let diagnostics = try Fixture(map: cycle).diagnostics
        #expect(diagnostics.contains { $0.message.contains("goes round in a circle") && $0.location.file == "Lessons/argument-map.yaml" },
                "\(diagnostics.map(\.description))")
    }

    @Test func invalidUTF8IsReportedAtItsRealLine() throws {
        let fixture = try Fixture()
        var data = Data(Fixture.lesson.utf8)
        let line = 14
        let offset = Fixture.lesson.split(separator: "\n", omittingEmptySubsequences: false).prefix(line - 1).map { $0.utf8.count + 1 }.reduce(0, +)
        data.insert(contentsOf: [0xC3, 0x28], at: offset + 4)
        try data.write(to: fixture.root.appendingPathComponent("Lessons/01-one.yaml"))
        let errors = fixture.diagnostics.filter { $0.message.contains("UTF-8") }
        #expect(errors.map(\.location.line) == [line])
        #expect(errors.first?.location.column == 5)
    }

    /// The 386-byte billion-laughs file with one alias used as a key: Yams would hash 10^9 nodes.
    @Test func anAliasBombUsedAsAKeyIsRefusedAtOnce() throws {
        var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        let names = Array("abcdefghij")
        for level in 1..<10 {
            lines.append("\(names[level]): &\(names[level]) [" + Array(repeating: "*\(names[level - 1])", count: 10).joined(separator: ",") + "]")
        }
        let bomb = lines.joined(separator: "\n") + "\n? *j\n: 1\n"
        let started = Date()
        let diagnostics = try Fixture(lesson: bomb).diagnostics
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(diagnostics.contains { $0.location.line == 11 && $0.message.contains("alias cannot be a mapping key") })
        #expect(HostileText.aliasKeyPosition(in: "a: &x 1\n*x : 2\n")?.line == 2)
        #expect(HostileText.aliasKeyPosition(in: "say: Read *this: carefully\nb: *x\n") == nil)
    }

    @Test func twentyThousandDuplicatedKeysAnswerQuickly() throws {
        let keys = (0..<20_000).map { "k\($0): v\n" }.joined()
        let started = Date()
        let diagnostics = try Fixture(lesson: keys + keys).diagnostics
        print("20 000 duplicated keys: \(String(format: "%.3f", Date().timeIntervalSince(started))) s")
        // Under a second in a release build (the note has the figure); a debug build on a busy host gets twice that.
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(diagnostics.first?.description == "Lessons/01-one.yaml:20001:1: error: duplicate key 'k0' in one mapping")
        #expect(diagnostics.contains { $0.message == "19980 more duplicate keys in this mapping" })
    }

    @Test func aFewDuplicatesAndNestedOnesAreStillNamedWhereTheyRepeat() throws {
        let few = try Fixture(lesson: Fixture.lesson + "\nid: again\n").diagnostics
        #expect(few.contains { $0.message == "duplicate key 'id' in one mapping" }, "\(few)")
        let repeated = HostileText.topLevelDuplicateKeys(in: "# c\na: 1\nb:\n  a: 2\na: 3\n'q': 1\n")
        #expect(repeated.keys.map(\.key) == ["a"] && repeated.keys.map(\.line) == [5] && repeated.firstLine == 2)
        #expect(HostileText.topLevelDuplicateKeys(in: "{a: 1,\na: 2}\n").keys.isEmpty)
        #expect(HostileText.topLevelDuplicateKeys(in: "a: 1\n---\na: 2\n").keys.isEmpty)
    }

    @Test func anOversizedFileIsRefusedWithoutParsing() throws {
        let big = Fixture.lesson + "\n# " + String(repeating: "x", count: HostileText.maxBytes) + "\n"
        let diagnostics = try Fixture(lesson: big).diagnostics
        #expect(diagnostics.contains { $0.location.line == 1 && $0.message.contains("larger than 2 MB") })
    }

    @Test func lessonAndMapPathsStayInsideLessons() throws {
        let escaping = Fixture.course.replacingOccurrences(of: "  - 01-one.yaml", with: "  - 01-one.yaml\n  - ../../../../etc/passwd")
        #expect(try Fixture(course: escaping).diagnostics.contains { $0.message == "lesson file '../../../../etc/passwd' must be inside Lessons/" })
        #expect(ContentPath.staysInside("sub/../01-one.yaml"))
        #expect(!ContentPath.staysInside("sub/../../x") && !ContentPath.staysInside("/etc/passwd"))
    }

    @Test func aFIFOOrADeviceIsRefusedWithoutBlocking() throws {
        let fixture = try Fixture()
        let lesson = fixture.root.appendingPathComponent("Lessons/01-one.yaml")
        try FileManager.default.removeItem(at: lesson)
        #expect(mkfifo(lesson.path, 0o600) == 0)
        #expect(fixture.diagnostics.contains { $0.location.file == "Lessons/01-one.yaml" && $0.message.contains("cannot read the file") })
        try FileManager.default.removeItem(at: lesson)
        try FileManager.default.createSymbolicLink(atPath: lesson.path, withDestinationPath: "/dev/zero")
        #expect(fixture.diagnostics.contains { $0.location.file == "Lessons/01-one.yaml" && $0.message.contains("cannot read the file") })
    }

    @Test func anUnreadableQuizzesFolderIsReported() throws {
        let fixture = try Fixture()
        // A Quizzes "folder" that cannot be listed: a regular file stands in for chmod 000 (tests may run as root).
        try "x".write(to: fixture.root.appendingPathComponent("Quizzes"), atomically: true, encoding: .utf8)
        #expect(fixture.diagnostics.contains { $0.location.file == "Quizzes" && $0.message.contains("cannot read the Quizzes/ folder") })
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("Quizzes"))
        try FileManager.default.createSymbolicLink(atPath: fixture.root.appendingPathComponent("Quizzes").path, withDestinationPath: "Quizzes")
        #expect(fixture.diagnostics.contains { $0.location.file == "Quizzes" })
    }
}
