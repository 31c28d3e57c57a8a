import Foundation
import Testing
@testable import MootContent
@testable import MootModel
@testable import MootQuiz
@testable import MootSession
@testable import MootSupport

/// Seeded fuzzing of the three places hostile bytes come in: the content loader (YAML → model), the submission
/// reader (`moot grade`) and the packed quiz's line handling (what the REPL feeds a session). Every input is a
/// mutation of a valid one, reproducible from its seed and index.
///
/// `swift test` runs a few thousand inputs each; `scripts/fuzz N` runs N. The input in progress is written to
/// `$MOOT_FUZZ_DIR/<harness>-current` first, so a crash leaves it behind to become a regression test. An input slower
/// than two seconds counts as a hang. Figures go to stdout and `$MOOT_FUZZ_DIR/<harness>-report.txt`.
@Suite(.serialized) struct FuzzTests {
    static let iterations = Int(ProcessInfo.processInfo.environment["MOOT_FUZZ_ITERATIONS"] ?? "") ?? 2_000
    static let seed = UInt64(ProcessInfo.processInfo.environment["MOOT_FUZZ_SEED"] ?? "") ?? 20_261_202
    static let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["MOOT_FUZZ_DIR"]
                            ?? FileManager.default.temporaryDirectory.appendingPathComponent("moot-fuzz").path)

    /// Tokens that have broken YAML loaders, number readers and terminals before.
    static let tokens = ["*a", "&a ", "? ", ": ", "- ", "[", "]", "{", "}", ",", "<<: ", ".nan", ".inf", "-1", "1e308",
                         "-0", "0x7fffffffffffffff", "~", "!!binary ", "\u{1B}[2J", "\u{0}", "\u{FEFF}", "\t", "\r", "\n",
                         "'", "\"", "#", "|", ">", "%", "é", "\u{200B}", ":", "quit", "skip", "back", "submit", "a b",
                         "1a 2b", "\u{7F}", "\\", "{{", "😀"]

    static func mutate(_ input: [UInt8], _ random: inout SeededGenerator) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...6, using: &random) where !bytes.isEmpty {
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
            case 1: bytes.remove(at: at)
            case 2: bytes.insert(contentsOf: Array(tokens.randomElement(using: &random)!.utf8), at: at)
            case 3:
                let end = min(bytes.count, at + Int.random(in: 1...200, using: &random))
                bytes.insert(contentsOf: bytes[at..<end], at: at)
            case 4: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &random)))
            default:
                let other = Int.random(in: 0..<bytes.count, using: &random)
                bytes.swapAt(at, other)
            }
        }
        return bytes
    }

    struct Figures: CustomStringConvertible {
        let harness: String
        var inputs = 0, hangs = 0
        var slowest: (seconds: Double, index: Int) = (0, -1)
        var description: String {
            "\(harness): \(inputs) inputs, 0 crashes, \(hangs) hangs (over 2 s), slowest input #\(slowest.index) "
                + String(format: "%.4f s", slowest.seconds)
        }
    }

    /// Runs `body` on `iterations` mutants of `seeds`, saving each first, timing each.
    static func run(_ harness: String, seeds: [[UInt8]], body: ([UInt8]) -> Void) throws -> Figures {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let current = folder.appendingPathComponent("\(harness)-current")
        var random = SeededGenerator(seed: seed &+ UInt64(harness.utf8.count))
        var figures = Figures(harness: harness)
        for index in 0..<iterations {
            let input = mutate(seeds[index % seeds.count], &random)
            if index % 1_000 == 0 || iterations <= 10_000 { try Data(input).write(to: current) }
            let started = Date()
            body(input)
            let seconds = Date().timeIntervalSince(started)
            if seconds > 2 { figures.hangs += 1; try Data(input).write(to: folder.appendingPathComponent("\(harness)-hang-\(index)")) }
            if seconds > figures.slowest.seconds { figures.slowest = (seconds, index) }
            figures.inputs += 1
        }
        print(figures)
        try figures.description.write(to: folder.appendingPathComponent("\(harness)-report.txt"), atomically: true, encoding: .utf8)
        return figures
    }

    static func course() throws -> Course { try CourseLoader.load(root: try Fixture().root) }

    @Test func theContentLoaderNeverCrashesOrHangs() throws {
        let course = try Self.course()
        let quiz = "id: q\ntitle: A quiz\npass: 50\ntime_limit: 15\nquestions:\n  - select: {lesson: one, count: 1}\n    points: 2\n  - id: q2\n"
        let seeds = [Fixture.lesson, Fixture.map, Fixture.course, quiz].map { Array($0.utf8) }
        let figures = try Self.run("content", seeds: seeds) { bytes in
            let sink = DiagnosticSink()
            guard let text = String(bytes: bytes, encoding: .utf8), HostileText.aliasKeyPosition(in: text) == nil,
                  let node = YAMLText.parse(text, file: "f.yaml", sink: sink) else { return }
            _ = LessonReader.read(node, file: "f.yaml", sink: sink)
            _ = MapReader.read(node, file: "f.yaml", sink: sink)
            _ = QuizReader.read(node, file: "f.yaml", course: course, sink: sink)
        }
        #expect(figures.hangs == 0)
    }

    @Test func theSubmissionReaderNeverCrashesOrHangs() throws {
        let fixture = try Fixture()
        let folder = fixture.root.appendingPathComponent("Quizzes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "id: q\ntitle: A quiz\nquestions:\n  - id: q2\n  - id: q1\n".write(to: folder.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
        let course = try CourseLoader.load(root: fixture.root)
        let quiz = try #require(course.quizzes.first)
        let valid = try Submission(quiz: "q", digest: quiz.digest, student: "ada", started: "2026-01-01T10:00:00Z",
                                   finished: "2026-01-01T10:05:00Z",
                                   responses: [.init(question: "q2", response: "true", at: "2026-01-01T10:01:00Z"),
                                               .init(question: "q1", response: "the thesis", at: "2026-01-01T10:02:00Z")]).encoded()
        var book = Gradebook(quiz: quiz, course: course)
        let figures = try Self.run("submission", seeds: [Array(valid)]) { bytes in
            book.add(file: "f", data: Data(bytes))
            _ = book.csv
            if book.rows.count > 50 { book = Gradebook(quiz: quiz, course: course) }
        }
        #expect(figures.hangs == 0)
    }

    @Test func thePackedQuizsLineHandlingNeverCrashesOrHangs() throws {
        let fixture = try Fixture()
        let folder = fixture.root.appendingPathComponent("Quizzes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "id: q\ntitle: A quiz\nshuffle: {questions: true, choices: true}\nquestions:\n  - id: q2\n  - id: q1\n"
            .write(to: folder.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
        let course = try CourseLoader.load(root: fixture.root)
        let quiz = try #require(course.quizzes.first)
        let pack = StudentPack(quiz: quiz, map: course.map, layout: PackLayout(key: .generate(), quiz: quiz), asksForCode: true)
        let lines = ["true", "the thesis is that strikes are lawful", "skip", "back", "help", "a", "1a 2b", ":hint", "submit"]
        var session = PackedQuizSession(pack: pack, student: "fuzz", folder: fixture.root.appendingPathComponent("out"))
        var handled = 0
        let figures = try Self.run("repl-line", seeds: lines.map { Array($0.utf8) }) { bytes in
            if session.isFinished || handled % 40 == 0 {
                session = PackedQuizSession(pack: pack, student: "fuzz\(handled)", folder: fixture.root.appendingPathComponent("out"))
                _ = session.welcome()
            }
            handled += 1
            _ = session.handle(String(decoding: bytes, as: UTF8.self))
            _ = session.prompt
            _ = session.completions(for: String(decoding: bytes.prefix(20), as: UTF8.self))
        }
        #expect(figures.hangs == 0)
    }
}
