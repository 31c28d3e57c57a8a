import Foundation
import MootContent
import MootGrading
import MootModel
import MootPresentation
import PseudoTerminal

/// Release-build benchmarks: `swift build -c release --static-swift-stdlib && .build/release/moot-bench`, from the
/// repository. Prints one table; a row over its budget is marked, and the exit status is 1 if any is.
@main
struct Benchmark {
    static func main() throws {
        let root = CourseLoader.findRoot(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        guard let root else {
            FileHandle.standardError.write(Data("moot-bench: run it from the moot repository\n".utf8))
            exit(2)
        }
        var table = Table()
        // `moot-bench` runs every row; `moot-bench class grading …` only the sections named (for profiling).
        let sections: [(String, (inout Table) throws -> Void)] = [
            ("prompt", { try firstPrompt(root: root, into: &$0) }),
            ("content", { contentLoad(root: root, into: &$0) }),
            ("grading", { try gradingLatency(root: root, into: &$0) }),
            ("lexicon", { try LexiconBenchmark.run(root: root, into: &$0) }),
            ("generated", { try generatedCourse(into: &$0) }),
            ("store", { try StoreBenchmark.run(root: root, into: &$0) }),
            ("class", { try ClassBenchmark.run(root: root, into: &$0) }),
            // Not in the full run: the slowest free-text answers, to find what sets the p99.
            ("slowest", { _ in try slowestAnswers(root: root) }),
        ]
        let asked = Set(CommandLine.arguments.dropFirst())
        if let unknown = asked.first(where: { name in !sections.contains { $0.0 == name } }) {
            FileHandle.standardError.write(Data("moot-bench: no section '\(unknown)' (\(sections.map(\.0).joined(separator: ", ")))\n".utf8))
            exit(64)
        }
        for (name, section) in sections where asked.isEmpty && name != "slowest" || asked.contains(name) { try section(&table) }
        print(table)
        exit(table.overBudget ? 1 : 0)
    }

    /// Cold start: from spawning `moot` on a pseudo-terminal to its first prompt, with the full course.
    /// The row says so when `moot` was built without `--static-swift-stdlib`, which costs it about 7 ms.
    static func firstPrompt(root: URL, into table: inout Table) throws {
        let moot = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("moot")
        let binary = try Data(contentsOf: moot, options: .alwaysMapped)
        let build = binary.range(of: Data("libswiftCore.so".utf8)) == nil ? "" : " — dynamic build"
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("moot-bench-\(UUID().uuidString)")
        let environment = ["HOME": state.path, "TERM": "xterm", "LANG": "C.UTF-8", "MOOT_CONTENT": root.path,
                           "XDG_STATE_HOME": state.path, "XDG_DATA_HOME": state.path, "PATH": "/usr/bin:/bin"]
        var samples: [Double] = []
        for _ in 0..<25 {
            let start = DispatchTime.now()
            let terminal = try Terminal(executable: moot, environment: environment)
            guard terminal.waitFor("moot> ", seconds: 10, pollMicroseconds: 100) else {
                table.add("time to first prompt", "no prompt", budget: "≤ 20 ms", ok: false)
                return
            }
            samples.append(milliseconds(since: start))
        }
        table.add("time to first prompt (p50 of 25)\(build)", format(percentile(samples, 0.5)), budget: "≤ 20 ms",
                  ok: percentile(samples, 0.5) <= 20)
        table.add("time to first prompt (max)", format(samples.max() ?? 0), budget: "", ok: true)
    }

    /// Parsing, decoding and validating the whole course, as `moot check` does.
    static func contentLoad(root: URL, into table: inout Table) {
        var samples: [Double] = []
        for _ in 0..<20 {
            let start = DispatchTime.now()
            _ = CourseLoader.loadReportingAll(root: root)
            samples.append(milliseconds(since: start))
        }
        table.add("content load + validation (p50)", format(percentile(samples, 0.5)), budget: "", ok: true)
    }

    /// The labelled free-text answers of Tests/Data, with their questions.
    static func labelledAnswers(root: URL, course: Course) throws -> [(Question, String)] {
        var answers: [(Question, String)] = []
        let data = root.appendingPathComponent("Tests/Data")
        for file in (try? FileManager.default.contentsOfDirectory(atPath: data.path)) ?? [] where file.hasPrefix("labelled-answers") {
            let text = try String(contentsOf: data.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t").map(String.init)
                if fields.count == 4, let question = course.question(fields[0]) { answers.append((question, fields[3])) }
            }
        }
        return answers
    }

    /// The twenty slowest labelled answers (best of 20 runs each): `moot-bench slowest`.
    static func slowestAnswers(root: URL) throws {
        let course = try CourseLoader.load(root: root)
        let grader = Grader(course: course)
        let timed = try labelledAnswers(root: root, course: course).map { question, answer in
            let best = (0..<20).map { _ in
                let start = DispatchTime.now()
                _ = try? grader.grade(question, answer: answer)
                return milliseconds(since: start)
            }.min() ?? 0
            return (best, question, answer)
        }
        for (time, question, answer) in timed.sorted(by: { $0.0 > $1.0 }).prefix(20) {
            print(format(time), question.kind.rawValue, question.id, answer.prefix(90))
        }
    }

    /// Per kind, p50 and p99 of one `grade` call: free text over the labelled answers, the rest over each
    /// question's key and a wrong answer.
    static func gradingLatency(root: URL, into table: inout Table) throws {
        let course = try CourseLoader.load(root: root)
        let grader = Grader(course: course)
        let presenter = QuestionPresenter(map: course.map, style: Style(color: false))
        var answers = try labelledAnswers(root: root, course: course)
        for question in course.lessons.flatMap(\.questions) where question.kind != .short && question.kind != .explain {
            answers.append((question, presenter.answer(question)))
            answers.append((question, "b"))
        }
        var byKind: [QuestionKind: [Double]] = [:]
        for _ in 0..<20 {
            for (question, answer) in answers {
                let start = DispatchTime.now()
                _ = try? grader.grade(question, answer: answer)
                byKind[question.kind, default: []].append(milliseconds(since: start))
            }
        }
        for kind in QuestionKind.allCases {
            guard let samples = byKind[kind] else { continue }
            let p99 = percentile(samples, 0.99)
            let freeText = kind == .short || kind == .explain
            table.add("grading \(kind.rawValue) (p50 / p99)", "\(format(percentile(samples, 0.5))) / \(format(p99))",
                      budget: freeText ? "p99 ≤ 0.2 ms" : "", ok: !freeText || p99 <= 0.2)
        }
    }

    /// A generated course of 10 000 questions on 5 000 nodes: load and check.
    static func generatedCourse(into table: inout Table) throws {
        let root = try GeneratedCourse.write(nodes: 5_000, questions: 10_000)
        let start = DispatchTime.now()
        let (course, diagnostics) = CourseLoader.loadReportingAll(root: root)
        let elapsed = milliseconds(since: start)
        let valid = !diagnostics.contains { $0.severity == .error } && course?.lessons.flatMap(\.questions).count == 10_000
        table.add("generated course: load + check (10 000 q, 5 000 nodes)", valid ? format(elapsed) : "invalid: \(diagnostics.first.map(String.init(describing:)) ?? "")",
                  budget: "≤ 1000 ms", ok: valid && elapsed <= 1_000)
        try? FileManager.default.removeItem(at: root)
    }
}

func milliseconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
}

func percentile(_ samples: [Double], _ p: Double) -> Double {
    guard !samples.isEmpty else { return 0 }
    let sorted = samples.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
}

func format(_ milliseconds: Double) -> String {
    milliseconds < 1 ? String(format: "%.3f ms", milliseconds) : String(format: "%.1f ms", milliseconds)
}

/// The printed result: one row per measure, with its budget.
struct Table: CustomStringConvertible {
    private var rows: [(String, String, String, Bool)] = []
    var overBudget: Bool { rows.contains { !$0.3 } }

    mutating func add(_ measure: String, _ value: String, budget: String, ok: Bool) {
        rows.append((measure, value, budget, ok))
    }

    var description: String {
        let width = max(30, rows.map(\.0.count).max() ?? 0)
        let valueWidth = max(16, rows.map(\.1.count).max() ?? 0)
        var lines = ["measure".padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                     + "value".padding(toLength: valueWidth, withPad: " ", startingAt: 0) + "  budget"]
        lines.append(String(repeating: "-", count: width + valueWidth + 20))
        for (measure, value, budget, ok) in rows {
            lines.append(measure.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                         + value.padding(toLength: valueWidth, withPad: " ", startingAt: 0) + "  " + budget
                         + (ok ? "" : "  ← over budget"))
        }
        return lines.joined(separator: "\n")
    }
}
