import Foundation
import GRDB

/// Where a learner stands: per lesson done and score, per node mastery, and what review is waiting.
public struct ProgressReport: Codable, Sendable {
    public struct LessonRow: Codable, Sendable {
        public var id: String, title: String, done: Int, total: Int
        /// Mean of the best score on each question answered, 0–1.
        public var score: Double
    }
    public struct NodeRow: Codable, Sendable {
        public var id: String, title: String
        /// Mean FSRS retrievability now of the node's questions (0 for one never reviewed).
        public var mastery: Double
        public var questions: Int
    }

    public var lessons: [LessonRow]
    public var nodes: [NodeRow]
    public var dueNow: Int
    /// Questions still on the missed list (missed, and not yet back in the Review state).
    public var missed: Int
    /// ISO 8601, UTC.
    public var nextDue: String?

    public static func isoDate(_ time: Microseconds) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: Double(time) / 1_000_000))
    }
}

extension LearnerRecord {
    /// Reads only per-question summaries and cards, never the attempt log, so it stays fast however long that is.
    public func progress(now: Microseconds = Store.now()) throws -> ProgressReport {
        try store.database.read { db in
            var best: [String: Double] = [:]
            let scores = try Row.fetchCursor(db, sql: "SELECT question, best FROM questionProgress WHERE learnerId = ?",
                                             arguments: [learner])
            while let row = try scores.next() { best[row[0]] = row[1] }
            let scheduler = Scheduler()
            var recall: [String: Double] = [:]
            var dueNow = 0, missed = 0
            // A cursor, positional columns and only what is needed: this runs over every card the learner has.
            let cards = try Row.fetchCursor(db, sql: """
                SELECT question, stability, due, lastReview, lapses, missed FROM card WHERE learnerId = ?
                """, arguments: [learner])
            while let row = try cards.next() {
                var card = Card(due: row[2])
                card.stability = row[1]
                card.lastReview = row[3]
                recall[row[0]] = scheduler.retrievability(card, at: now)
                let isMissed = (row[5] as Int) == 1
                if ((row[4] as Int) > 0 || isMissed) && card.due <= now { dueNow += 1 }
                if isMissed { missed += 1 }
            }
            let lessons = course.lessons.map { lesson -> ProgressReport.LessonRow in
                let scores = lesson.questions.compactMap { best[$0.id] }
                return .init(id: lesson.id, title: lesson.title, done: scores.count, total: lesson.questions.count,
                             score: scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count))
            }
            var byNode: [String: [String]] = [:]
            for question in course.lessons.flatMap(\.questions) {
                for node in question.nodes { byNode[node, default: []].append(question.id) }
            }
            let nodes = course.map.nodes.compactMap { node -> ProgressReport.NodeRow? in
                guard let questions = byNode[node.id], questions.contains(where: { recall[$0] != nil }) else { return nil }
                let mastery = questions.map { recall[$0] ?? 0 }.reduce(0, +) / Double(questions.count)
                return .init(id: node.id, title: node.title, mastery: mastery, questions: questions.count)
            }
            let next = try nextDue(after: now, db)
            return ProgressReport(lessons: lessons, nodes: nodes, dueNow: dueNow, missed: missed,
                                  nextDue: next.map(ProgressReport.isoDate))
        }
    }
}

extension ProgressReport {
    /// The report for a terminal: a bar per lesson, the weakest nodes, and what is due.
    public func render(style: Style) -> String {
        func bar(_ share: Double) -> String {
            let filled = Int((share * 20).rounded())
            return style.good(String(repeating: "█", count: filled)) + style.dim(String(repeating: "░", count: 20 - filled))
        }
        var lines = [style.bold("Lessons")]
        for (index, lesson) in lessons.enumerated() {
            let share = lesson.total == 0 ? 0 : Double(lesson.done) / Double(lesson.total)
            lines.append("  \(index + 1). \(lesson.id.padding(toLength: 18, withPad: " ", startingAt: 0)) \(bar(share)) "
                         + "\(lesson.done)/\(lesson.total)" + (lesson.done > 0 ? "  score \(Int((lesson.score * 100).rounded()))%" : ""))
        }
        if !nodes.isEmpty {
            lines.append(style.bold("Weakest parts of the argument") + style.dim(" (recall now, FSRS)"))
            for node in nodes.sorted(by: { $0.mastery < $1.mastery }).prefix(8) {
                lines.append("  \(Int((node.mastery * 100).rounded()).description.leftPad(3))%  \(node.title) " + style.dim("(\(node.id))"))
            }
        }
        lines.append(dueNow > 0 ? "\(dueNow) question\(dueNow == 1 ? "" : "s") due for review now: type review."
                                : "Nothing due for review" + (nextDue.map { "; next at \($0)." } ?? "."))
        if missed > 0 { lines.append("\(missed) on the missed list (until each is back in long-term review).") }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func leftPad(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
