import Foundation
import MootContent
import MootModel
import MootPresentation
import MootQuiz

/// A class of 1 000 students sits the final: their submission files are generated (a mix of right answers — letters
/// in the student's own choice order, the model answer in full —, wrong ones, blanks, and the labelled free-text answers), then timed as `moot grade` runs:
/// read every file, regrade every response, item analysis, and the gradebook written in each format.
enum ClassBenchmark {
    static let students = 1_000

    static func run(root: URL, into table: inout Table) throws {
        let course = try CourseLoader.load(root: root)
        guard let quiz = course.quiz("final") else {
            return table.add("class of 1 000: grade the final + gradebook", "no quiz 'final'", budget: "≤ 2000 ms", ok: false)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("moot-bench-class-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let free = freeTextAnswers(root: root)
        let presenter = QuestionPresenter(map: course.map, style: Style(color: false))
        var files: [URL] = []
        for student in 0..<students {
            let name = "student\(student)@example.org"
            let responses = quiz.items.enumerated().map { index, item -> Submission.Response in
                let question = item.question
                let pick = (student * 31 + index * 7) % 10
                let answer: String
                if let written = free[question.id], !written.isEmpty, pick < 6 {
                    answer = written[(student + index) % written.count]
                } else if pick < 7, case .choice(let choices) = question.body {
                    // What a student types at a choice: the letters as shown to them.
                    let order = quiz.choiceOrder(question, for: name) ?? Array(choices.indices)
                    answer = order.enumerated().filter { choices[$0.element].correct }.map { QuestionLayout.letter($0.offset) }
                        .joined(separator: ", ")
                } else if pick < 7 {
                    answer = presenter.answer(question, choiceOrder: quiz.choiceOrder(question, for: name))
                } else {
                    answer = pick == 9 ? "" : "b"
                }
                return Submission.Response(question: question.id, response: answer, choiceOrder: quiz.choiceOrder(question, for: name),
                                           at: "2026-01-01T10:\(String(format: "%02d", 1 + index)):00Z")
            }
            let submission = Submission(quiz: quiz.id, digest: quiz.digest, student: name, started: "2026-01-01T10:00:00Z",
                                        finished: "2026-01-01T10:40:00Z", responses: responses.filter { !$0.response.isEmpty })
            let file = folder.appendingPathComponent("\(student).json")
            try submission.encoded().write(to: file)
            files.append(file)
        }

        let start = DispatchTime.now()
        var book = Gradebook(quiz: quiz, course: course)
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            book.add(file: file.path, data: data)
        }
        let analysis = book.itemAnalysis()
        for format in Gradebook.LMSFormat.allCases {
            try book.csv(format: format).write(to: folder.appendingPathComponent("grades-\(format.rawValue).csv"), atomically: true, encoding: .utf8)
        }
        let elapsed = milliseconds(since: start)
        let graded = book.rows.count == students && book.refusals.isEmpty && !analysis.isEmpty
        let passed = book.rows.filter(\.passed).count
        table.add("class of 1 000: grade the final + gradebook (\(quiz.items.count) q, \(passed) pass)",
                  graded ? format(elapsed) : "graded \(book.rows.count), refused \(book.refusals.count)",
                  budget: "≤ 2000 ms", ok: graded && elapsed <= 2_000)
    }

    /// The labelled answers of Tests/Data, by question: what students actually write.
    static func freeTextAnswers(root: URL) -> [String: [String]] {
        var answers: [String: [String]] = [:]
        let data = root.appendingPathComponent("Tests/Data")
        for file in (try? FileManager.default.contentsOfDirectory(atPath: data.path)) ?? [] where file.hasPrefix("labelled-answers") {
            guard let text = try? String(contentsOf: data.appendingPathComponent(file), encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t").map(String.init)
                if fields.count == 4 { answers[fields[0], default: []].append(fields[3]) }
            }
        }
        return answers
    }
}
