import Foundation
import Testing
@testable import MootGrading
@testable import MootModel

/// Grades every blind set under Tests/Data (written by writers who never saw the keys, the grader or the
/// tests), each on its own: a confusion table with counts, agreement and false credit, gated near the figures
/// measured on the grader of this branch, so a regression of a few answers fails.
///
/// Rows whose question has since become a choice (or any kind that is not free text) are skipped and counted:
/// the writers answered them as free text, which a choice question does not read.
@Suite struct BlindSetTests {
    struct Gate { var agreement: Double, falseCredit: Double }

    /// Measured on this branch's grader (see the notes of issue 11); a change that loses a few answers fails.
    static let gates: [String: Gate] = [
        // First runs, each measured once untouched (README): set 1 82.9 % / 2.7 %, set 2 81.6 % / 0.6 %, set 3 74.1 % /
        // 12.5 %, set 4 75.4 % / 1.5 %, set 5 74.4 % / 2.1 % (agreed rows), set 6 67.8 % / 7.9 %, set 7 74.2 % / 2.2 %,
        // set 8 74.1 % / 2.1 %, set 9 (2026-12-06, main f2c7c8e) 76.0 % / 7.7 %. Gated just under what this branch's
        // grader measures now (sets 1-26 all tuning data since their first run); raised at stops 25, 26, 27, 30 and 31:
        "blind-set-1.tsv": Gate(agreement: 0.94, falseCredit: 0.005),  // now 288/305 = 94.4 %, 0/119
        "blind-set-2.tsv": Gate(agreement: 0.93, falseCredit: 0.005),  // now 294/314 = 93.6 %, 0/126
        "blind-set-3.tsv": Gate(agreement: 0.91, falseCredit: 0.01),  // now 284/310 = 91.6 %, 1/135 = 0.7 %
        "blind-set-4.tsv": Gate(agreement: 0.91, falseCredit: 0.01),  // now 283/309 = 91.6 %, 1/131 = 0.8 %
        "blind-set-5.tsv": Gate(agreement: 0.89, falseCredit: 0.005),  // now 329/367 = 89.6 %, 0/142
        "blind-set-6.tsv": Gate(agreement: 0.875, falseCredit: 0.03),  // now 339/385 = 88.1 %, 4/139 = 2.9 %
        "blind-set-7.tsv": Gate(agreement: 0.86, falseCredit: 0.01),  // now 335/387 = 86.6 %, 1/137 = 0.7 %
        "blind-set-8.tsv": Gate(agreement: 0.895, falseCredit: 0.01),  // now 348/386 = 90.2 %, 1/142 = 0.7 %
        "blind-set-9.tsv": Gate(agreement: 0.88, falseCredit: 0.04),  // now 342/387 = 88.4 %, 6/156 = 3.8 %
        "blind-set-10.tsv": Gate(agreement: 0.875, falseCredit: 0.015),  // first run, untouched: 287/387 = 74.2 %, 8/161 = 5.0 %; now 341/387 = 88.1 %, 2/161 = 1.2 %
        "blind-set-11.tsv": Gate(agreement: 0.89, falseCredit: 0.015),  // first run, untouched: 302/389 = 77.6 %, 5/157 = 3.2 %; now 348/389 = 89.5 %, 2/157 = 1.3 %
        "blind-set-12.tsv": Gate(agreement: 0.91, falseCredit: 0.01),  // first run, untouched (2026-12-07, main a3b6d61): 631/790 = 79.9 %, 6/319 = 1.9 %; now 720/790 = 91.1 %, 3/319 = 0.9 %
        "blind-set-13.tsv": Gate(agreement: 0.92, falseCredit: 0.01),  // first run, untouched (2026-12-07, main 6cccaf9): 627/772 = 81.2 %, 4/320 = 1.2 %; now 714/772 = 92.5 %, 2/320 = 0.6 %
        "blind-set-14.tsv": Gate(agreement: 0.905, falseCredit: 0.01),  // first run, untouched (2026-12-07, main 627a510): 622/743 = 83.7 %, 6/315 = 1.9 %; now 677/743 = 91.1 %, 3/315 = 1.0 %
        "blind-set-15.tsv": Gate(agreement: 0.93, falseCredit: 0.005),  // first run, untouched (2026-12-07, main 32b2554): 645/783 = 82.4 %, 4/324 = 1.2 %; now 731/783 = 93.4 %, 0/324
        "blind-set-16.tsv": Gate(agreement: 0.92, falseCredit: 0.015),  // first run, untouched (2026-12-07, main ff406fb): 635/765 = 83.0 %, 6/327 = 1.8 %; now 705/765 = 92.2 %, 4/327 = 1.2 %
        "blind-set-17.tsv": Gate(agreement: 0.905, falseCredit: 0.01),  // first run, untouched (2026-12-07, main 58aca09): 654/773 = 84.6 %, 6/318 = 1.9 %; now 703/773 = 90.9 %, 3/318 = 0.9 %
        "blind-set-18.tsv": Gate(agreement: 0.895, falseCredit: 0.01),  // first run, untouched (2026-12-07, main 6aed048): 665/780 = 85.3 %, 3/323 = 0.9 %; now 702/780 = 90.0 %, 2/323 = 0.6 %
        "blind-set-19.tsv": Gate(agreement: 0.87, falseCredit: 0.035),  // first run, untouched (2026-12-07, main 2d2c3c1): 626/764 = 81.9 %, 15/320 = 4.7 %; now 669/764 = 87.6 %, 10/320 = 3.1 %
        "blind-set-20.tsv": Gate(agreement: 0.895, falseCredit: 0.01),  // first run, untouched (2026-12-07, main 2b70def): 665/775 = 85.8 %, 5/321 = 1.6 %; now 697/775 = 89.9 %, 3/321 = 0.9 %
        "blind-set-21.tsv": Gate(agreement: 0.89, falseCredit: 0.02),  // first run, untouched (2026-12-07, main dfdd613): 678/778 = 87.1 %, 7/326 = 2.1 %; now 696/778 = 89.5 %, 6/326 = 1.8 %
        "blind-set-22.tsv": Gate(agreement: 0.87, falseCredit: 0.015),  // first run, untouched (2026-12-08, main a89d0da): 659/773 = 85.3 %, 7/282 = 2.5 %; now 675/773 = 87.3 %, 3/282 = 1.1 %
        "blind-set-23.tsv": Gate(agreement: 0.865, falseCredit: 0.015),  // first run, untouched (2026-12-08, main 42e584b): 672/782 = 85.9 %, 4/286 = 1.4 %; now 680/782 = 87.0 %, 4/286 = 1.4 %
        "blind-set-24.tsv": Gate(agreement: 0.865, falseCredit: 0.005),  // first run, untouched (2026-12-08, main bad39e1): 674/780 = 86.4 %, 0/280; now 677/780 = 86.8 %, 0/280
        "blind-set-25.tsv": Gate(agreement: 0.87, falseCredit: 0.015),  // first run, untouched (2026-12-08, main f699313): 675/780 = 86.5 %, 6/285 = 2.1 %; now 683/780 = 87.6 %, 4/285 = 1.4 %
        "blind-set-26.tsv": Gate(agreement: 0.865, falseCredit: 0.015),  // first run, untouched (2026-12-08, main 15a0dea): 667/769 = 86.7 %, 5/281 = 1.8 %; now 668/769 = 86.9 %, 4/281 = 1.4 %
    ]

    @Test(arguments: ["blind-set-1.tsv", "blind-set-2.tsv", "blind-set-3.tsv", "blind-set-4.tsv", "blind-set-5.tsv",
                     "blind-set-6.tsv", "blind-set-7.tsv", "blind-set-8.tsv", "blind-set-9.tsv", "blind-set-10.tsv",
                     "blind-set-11.tsv", "blind-set-12.tsv", "blind-set-13.tsv", "blind-set-14.tsv", "blind-set-15.tsv", "blind-set-16.tsv", "blind-set-17.tsv", "blind-set-18.tsv",
                     "blind-set-19.tsv", "blind-set-20.tsv", "blind-set-21.tsv", "blind-set-22.tsv", "blind-set-23.tsv", "blind-set-24.tsv",
                     "blind-set-25.tsv", "blind-set-26.tsv"])
    func theGraderAgreesWithTheBlindLabels(file: String) throws {
        let course = RepositoryCourse.course
        let grader = Grader(course: course)
        let rows = try GraderAccuracyTests.labelled(prefix: file)
        #expect(rows.count >= 300, "\(file) has \(rows.count) rows")
        var table = ConfusionTable()
        var skipped: [String: Int] = [:]
        var disagreements: [String] = []
        for row in rows {
            let question = try #require(course.question(row.question), "unknown question \(row.question)")
            guard [.short, .explain, .numeric].contains(question.kind) else {
                skipped[question.kind.rawValue, default: 0] += 1
                continue
            }
            let graded = try? grader.grade(question, answer: row.answer)
            let verdict = graded?.verdict ?? .incorrect
            table.add(label: row.label, verdict: verdict)
            if verdict != row.label {
                let why = graded?.misconception ?? (graded == nil ? "unreadable" : "-")
                disagreements.append("\(row.question) [\(row.category)] \(row.label) → \(verdict) (\(why)): \(row.answer)")
            }
        }
        let skippedText = skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        print("\(file): \(rows.count) rows, measured \(table.total), skipped \(rows.count - table.total)"
              + (skipped.isEmpty ? "" : " (questions now \(skippedText), not free text)"))
        print(table.report.split(separator: "\n").map { "\(file) \($0)" }.joined(separator: "\n"))
        for line in disagreements { print("\(file) disagrees: \(line)") }
        let gate = try #require(Self.gates[file])
        #expect(table.agreement >= gate.agreement, "\(file) agreement \(table.agreement)")
        #expect(table.falseCredit <= gate.falseCredit, "\(file) false credit \(table.falseCredit)")
    }
}

/// Labels × verdicts, with counts.
struct ConfusionTable {
    private(set) var cells: [Outcome: [Outcome: Int]] = [:]
    private(set) var total = 0
    static let outcomes: [Outcome] = [.correct, .partial, .incorrect]

    mutating func add(label: Outcome, verdict: Outcome) {
        cells[label, default: [:]][verdict, default: 0] += 1
        total += 1
    }

    func count(_ label: Outcome, _ verdict: Outcome) -> Int { cells[label]?[verdict] ?? 0 }
    func count(label: Outcome) -> Int { Self.outcomes.reduce(0) { $0 + count(label, $1) } }
    var agreed: Int { Self.outcomes.reduce(0) { $0 + count($1, $1) } }
    var agreement: Double { total == 0 ? 0 : Double(agreed) / Double(total) }
    /// Of the answers labelled incorrect, the share marked correct.
    var falseCredit: Double {
        count(label: .incorrect) == 0 ? 0 : Double(count(.incorrect, .correct)) / Double(count(label: .incorrect))
    }

    var report: String {
        var text = "labelled \\ graded   correct  partial  incorrect\n"
        for label in Self.outcomes {
            text += label.rawValue.padding(toLength: 19, withPad: " ", startingAt: 0)
                + Self.outcomes.map { String(count(label, $0)).leftPadded(to: 9) }.joined() + "\n"
        }
        return text + String(format: "agreement %d/%d = %.1f%%; false credit %d/%d = %.1f%%", agreed, total,
                             agreement * 100, count(.incorrect, .correct), count(label: .incorrect), falseCredit * 100)
    }
}
