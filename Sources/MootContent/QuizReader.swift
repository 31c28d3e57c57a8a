import Foundation
import Yams
import MootModel
import MootSupport

/// Reads the quiz files in `Quizzes/`, resolving each item against the course.
enum QuizReader {
    static func readAll(root: URL, course: Course, sink: DiagnosticSink) -> [Quiz] {
        let folder = root.appendingPathComponent("Quizzes")
        var isFolder: ObjCBool = false
        // No Quizzes/ at all is fine; one that is there (even as a link loop) but cannot be listed is an error.
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder)
                || (try? FileManager.default.attributesOfItem(atPath: folder.path)) != nil else { return [] }
        guard isFolder.boolValue, let listing = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            sink.error(SourceLocation(file: "Quizzes", line: 1, column: 1),
                       "cannot read the Quizzes/ folder (check that it is a readable folder, not a loop of links)")
            return []
        }
        let names = listing.filter { $0.hasSuffix(".yaml") }.sorted()
        var quizzes: [Quiz] = []
        var seen: [String: SourceLocation] = [:]
        // Every quiz's digest covers the whole course: hash the lesson files once.
        var courseDigest = Digest()
        for file in ValidationStamp.contentFiles(root: root) where file.deletingLastPathComponent().lastPathComponent == "Lessons" {
            courseDigest.add(file)
        }
        for name in names {
            let path = "Quizzes/" + name
            guard let yaml = CourseLoader.parse(path, root: root, sink: sink),
                  var quiz = read(yaml, file: path, course: course, sink: sink) else { continue }
            var digest = courseDigest
            digest.add(root.appendingPathComponent(path))
            quiz.digest = digest.hex
            if let first = seen[quiz.id] {
                sink.error(quiz.location, "duplicate quiz id '\(quiz.id)' (first defined at \(first))")
            }
            seen[quiz.id] = seen[quiz.id] ?? quiz.location
            quizzes.append(quiz)
        }
        return quizzes
    }

    /// A week, in minutes: longer than any sitting, small enough for every clock calculation.
    static let longestTimeLimit = 10_080.0

    static func read(_ root: Node, file: String, course: Course, sink: DiagnosticSink) -> Quiz? {
        guard let fields = Fields(root, file: file, sink: sink, what: "a quiz") else { return nil }
        defer { fields.finish() }
        let id = fields.string("id", required: true) ?? ""
        var quiz = Quiz(
            id: id, title: fields.string("title", required: true) ?? "",
            instructions: fields.string("instructions") ?? "", items: [],
            passPercent: fields.double("pass") ?? 50, timeLimit: fields.double("time_limit"),
            attemptsAllowed: fields.int("attempts") ?? 1, shuffleQuestions: false, shuffleChoices: false,
            feedback: fields.choice("feedback", FeedbackPolicy.self) ?? .deferred, hintsAllowed: fields.bool("hints") ?? false,
            seed: fields.string("seed") ?? id, location: fields.location)
        if let shuffle = fields.fields("shuffle", what: "the shuffle settings") {
            quiz.shuffleQuestions = shuffle.bool("questions") ?? false
            quiz.shuffleChoices = shuffle.bool("choices") ?? false
            shuffle.finish()
        }
        if !(0...100).contains(quiz.passPercent) { fields.sink.error(fields.location("pass"), "'pass' is a percentage, 0 to 100") }
        if let limit = quiz.timeLimit, limit <= 0 || limit > Self.longestTimeLimit {
            fields.sink.error(fields.location("time_limit"), "'time_limit' is minutes, above 0 and at most \(Int(Self.longestTimeLimit)) (a week)")
            quiz.timeLimit = nil
        }
        if quiz.attemptsAllowed < 1 { fields.sink.error(fields.location("attempts"), "'attempts' must be at least 1") }
        var used = Set<String>()
        for entry in fields.list("questions", required: true) {
            guard let item = Fields(entry, file: file, sink: sink, what: "a quiz item") else { continue }
            let points = item.double("points") ?? 1
            if points <= 0 || points > 1000 { sink.error(item.location("points"), "'points' must be above 0 and at most 1000") }
            for question in questions(item, quiz: quiz, course: course, used: used) where used.insert(question.id).inserted {
                quiz.items.append(QuizItem(question: question, points: points))
            }
            item.finish()
        }
        if quiz.items.isEmpty { sink.error(fields.location, "quiz '\(id)' has no questions") }
        else { QuizCountCheck.check(quiz, instructionsAt: fields.location("instructions"), sink: sink) }
        return quiz
    }

    /// One item's questions: a course question by id, a seeded selection, or an inline question.
    private static func questions(_ item: Fields, quiz: Quiz, course: Course, used: Set<String>) -> [Question] {
        if let id = item.string("id") {
            guard let question = course.question(id) else {
                item.sink.error(item.location("id"), "unknown question '\(id)'"
                                + Suggestion.hint(for: id, in: course.lessons.flatMap(\.questions).map(\.id)))
                return []
            }
            return [question]
        }
        if let select = item.fields("select", what: "a selection") {
            defer { select.finish() }
            let lesson = select.string("lesson"), node = select.string("node")
            let kind = select.choice("kind", QuestionKind.self)
            var count = select.int("count", required: true) ?? 0
            if count < 1 {
                select.sink.error(select.location("count"), "'count' must be at least 1, found \(count)")
                count = 0
            }
            if let lesson, course.lesson(lesson) == nil {
                select.sink.error(select.location("lesson"), "unknown lesson '\(lesson)'" + Suggestion.hint(for: lesson, in: course.lessons.map(\.id)))
            }
            if let node, course.map[node] == nil {
                select.sink.error(select.location("node"), "unknown node '\(node)'" + Suggestion.hint(for: node, in: course.map.nodes.map(\.id)))
            }
            let pool = course.lessons.flatMap(\.questions).filter { question in
                (lesson.flatMap { course.lesson($0)?.id }.map { question.lesson == $0 } ?? true)
                    && (node.map { question.nodes.contains($0) } ?? true)
                    && (kind.map { question.kind == $0 } ?? true) && !used.contains(question.id)
            }
            if pool.count < count {
                select.sink.error(select.location, "the selection asks for \(count) questions but only \(pool.count) match")
            }
            return Array(QuestionLayout.shuffled(pool, seed: "\(quiz.seed)/select/\(lesson ?? "")/\(node ?? "")/\(kind?.rawValue ?? "")").prefix(count))
        }
        if let inline = item.fields("question", what: "an inline question") {
            defer { inline.finish() }
            guard let question = QuestionReader.read(inline, lesson: "quiz:\(quiz.id)") else { return [] }
            let validator = Validator(course: course, sink: inline.sink)
            validator.check(question)
            if course.question(question.id) != nil {
                inline.sink.error(inline.location("id"), "inline question id '\(question.id)' is already a course question's")
            }
            return [question]
        }
        item.sink.error(item.location, "a quiz item needs 'id' (a course question), 'select' or 'question' (inline)")
        return []
    }
}
