import Foundation
import Testing
@testable import MootContent
@testable import MootGrading
@testable import MootModel

/// Grades every labelled learner answer under Tests/Data and compares the verdicts with the labels.
@Suite struct GraderAccuracyTests {
    struct Labelled {
        var question: String, label: Outcome, category: String, answer: String, file: String
    }

    /// Every row of the files under Tests/Data whose name starts with `prefix`, in file order.
    static func labelled(prefix: String = "labelled-answers") throws -> [Labelled] {
        let folder = RepositoryCourse.root.appendingPathComponent("Tests/Data")
        var rows: [Labelled] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where file.hasPrefix(prefix) && file.hasSuffix(".tsv") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard fields.count == 4, let label = Outcome(rawValue: fields[1]) else {
                    Issue.record("\(file): malformed line: \(line)")
                    continue
                }
                rows.append(Labelled(question: fields[0], label: label, category: fields[2], answer: fields[3], file: file))
            }
        }
        return rows
    }

    @Test func theGraderAgreesWithTheLabelsAndRarelyGivesFalseCredit() throws {
        let course = RepositoryCourse.course
        let grader = Grader(course: course)
        let rows = try Self.labelled()
        #expect(rows.count >= 400)
        var table: [Outcome: [Outcome: Int]] = [:]
        var disagreements: [String] = []
        var heldOutMisses = 0
        for row in rows {
            let question = try #require(course.question(row.question), "unknown question \(row.question)")
            #expect([.short, .explain].contains(question.kind), "\(row.question) is not free text")
            let verdict = (try? grader.grade(question, answer: row.answer).verdict) ?? .incorrect
            table[row.label, default: [:]][verdict, default: 0] += 1
            if verdict != row.label {
                disagreements.append("\(row.question) [\(row.category)] \(row.label) → \(verdict): \(row.answer)")
                if row.file == "labelled-answers-2.tsv" { heldOutMisses += 1 }
            }
        }
        let agreement = Double(rows.count - disagreements.count) / Double(rows.count)
        let falseCredit = Double(table[.incorrect]?[.correct] ?? 0) / Double(rows.count)
        let outcomes: [Outcome] = [.correct, .partial, .incorrect]
        var report = "labelled \\ graded   correct  partial  incorrect\n"
        for label in outcomes {
            report += label.rawValue.padding(toLength: 19, withPad: " ", startingAt: 0)
                + outcomes.map { String(table[label]?[$0] ?? 0).leftPadded(to: 9) }.joined() + "\n"
        }
        report += String(format: "%d answers, agreement %.1f%%, false credit %.2f%%", rows.count, agreement * 100, falseCredit * 100)
        print(report)
        for line in disagreements { print("  disagrees: \(line)") }
        // Pinned near the measured figures (489 answers: 99.6 % agreement, 0.41 % false credit, i.e. 2 and 2):
        // a regression of a few answers fails.
        #expect(agreement >= 0.99, "agreement \(agreement)")
        #expect(falseCredit <= 0.005, "false credit \(falseCredit)")
        // The held-out file, measured once after tuning and fixed since by general rules, is reported on its own.
        let heldOut = rows.filter { $0.file == "labelled-answers-2.tsv" }
        print(String(format: "held out: %d answers, %d disagreements", heldOut.count, heldOutMisses))
        #expect(heldOut.count >= 100)
        #expect(Double(heldOutMisses) <= 0.02 * Double(heldOut.count), "held-out disagreements \(heldOutMisses)")
    }

    @Test func everyFreeTextQuestionOfTheCourseHasLabelledAnswers() throws {
        let covered = Set(try Self.labelled().map(\.question))
        let freeText = RepositoryCourse.course.lessons.flatMap(\.questions).filter { [.short, .explain].contains($0.kind) }
        for question in freeText { #expect(covered.contains(question.id), "\(question.id) has no labelled answers") }
        let categories = Set(try Self.labelled().map(\.category))
        #expect(categories.isSuperset(of: ["paraphrase", "typo", "partial", "close", "negation", "pile", "wrong"]))
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
