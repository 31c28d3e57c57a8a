import Foundation
import MootModel
import MootStore

/// A learner's progress as the map page: each node coloured by recall now (the FSRS retrievability of the node's
/// questions that `LearnerRecord.progress` computes), nodes not met yet drawn white and named so, and above the map
/// the lessons, what is due for review and what was missed.
extension ProgressReport {
    /// Recall bands, strongest first; a node not met is outside every band (not 0 %, not 100 %).
    public var mastery: MapShading {
        let bounds = [0.9, 0.7, 0.5, 0]
        let labels = ["recall ≥ 90 %", "70–90 %", "50–70 %", "under 50 %"]
        var band: [String: Int] = [:], status: [String: String] = [:]
        for node in nodes {
            band[node.id] = bounds.firstIndex { node.mastery >= $0 } ?? bounds.count - 1
            var words = ["recall \(Self.percent(node.mastery)) over \(node.questions) question\(node.questions == 1 ? "" : "s") met"]
            if node.due > 0 { words.append("\(node.due) due for review now") }
            if node.missed > 0 { words.append("\(node.missed) missed") }
            status[node.id] = words.joined(separator: "; ")
        }
        return MapShading(title: "Recall now (FSRS)",
                          bands: zip(labels, MapShading.scale).map { MapShading.Band(label: $0, colour: $1) },
                          outside: "not met yet", band: band, status: status,
                          marked: Set(nodes.filter { $0.missed > 0 }.map(\.id)), markLabel: "a question on it missed")
    }

    /// The page: `svg` is the map drawn with this report's `mastery` shading.
    public func page(course: Course, svg: String, learner: String) throws -> String {
        try MapPage.html(map: course.map, svg: svg, citation: course.citation, questions: course.lessons.flatMap(\.questions),
                         title: "\(learner): mastery of the argument — \(course.title)", shading: mastery, sections: sections(course))
    }

    func sections(_ course: Course) -> [MapPage.Section] {
        let questions = Dictionary(course.lessons.flatMap(\.questions).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func item(_ id: String) -> String {
            guard let question = questions[id] else { return "<li>\(HTMLText.escape(id))</li>" }
            let parts = question.nodes.compactMap { course.map.title(of: $0) }
            return "<li><strong>\(HTMLText.escape(id))</strong>: \(HTMLText.escape(question.prompt))"
                + (parts.isEmpty ? "" : " <span class=\"status\">(\(HTMLText.escape(parts.joined(separator: ", "))))</span>") + "</li>"
        }
        let met = lessons.filter { $0.done > 0 }
        let summary = met.isEmpty
            ? "<p>No lesson started yet, so no part of the argument is met: every node below is white. Type <code>lesson 1</code> in moot to begin.</p>"
            : "<p>\(nodes.count) of \(course.map.nodes.count) parts of the argument met.</p><ul>" + met.map { lesson in
                "<li>\(HTMLText.escape(lesson.title)): \(lesson.done) of \(lesson.total) questions, first try \(Self.percent(lesson.firstTry)), latest \(Self.percent(lesson.score))</li>"
            }.joined() + "</ul><p class=\"status\">\(HTMLText.escape(Self.scoreLegend))</p>"
        var due = dueQuestions.isEmpty
            ? "<p>Nothing due for review now" + (nextDue.map { "; next at \(HTMLText.escape($0))." } ?? ".") + "</p>"
            : "<p>\(dueQuestions.count) question\(dueQuestions.count == 1 ? "" : "s") due now (type <code>review</code> in moot):</p><ul>" + dueQuestions.map(item).joined() + "</ul>"
        // The same sentence as the terminal's, figures included.
        if let reason = review.heldBackReason { due += "<p>" + HTMLText.escape(reason) + "</p>" }
        let missed = missedQuestions.isEmpty ? "<p>Nothing on the missed list.</p>"
            : "<p>Until each is back in long-term review:</p><ul>" + missedQuestions.map(item).joined() + "</ul>"
        return [MapPage.Section(heading: "Lessons", html: summary), MapPage.Section(heading: "Due for review", html: due),
                MapPage.Section(heading: "Missed", html: missed)]
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }
}
