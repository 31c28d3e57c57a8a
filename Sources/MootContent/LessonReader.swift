import Dispatch
import Foundation
import Yams
import MootModel

/// Reads one lesson file.
enum LessonReader {
    static func read(_ root: Node, file: String, sink: DiagnosticSink) -> Lesson? {
        guard let fields = Fields(root, file: file, sink: sink, what: "a lesson") else { return nil }
        defer { fields.finish() }
        let id = fields.string("id", required: true) ?? ""
        var lesson = Lesson(
            id: id, title: fields.string("title", required: true) ?? "",
            section: fields.string("section", required: true) ?? "",
            objectives: fields.strings("objectives", required: true), steps: [], location: fields.location)
        for item in fields.list("steps", required: true) {
            guard let step = Fields(item, file: file, sink: sink, what: "a step") else { continue }
            if step.has("say") {
                if step.has("teaches") {
                    lesson.teaches[lesson.steps.count] = (step.strings("teaches"), step.location("teaches"))
                }
                if step.has("cite") { lesson.citeLocations[lesson.steps.count] = step.location("cite") }
                lesson.steps.append(.narration(text: step.string("say") ?? "", cite: step.string("cite")))
            } else if let question = QuestionReader.read(step, lesson: id) {
                lesson.steps.append(.question(question))
            }
            step.finish()
        }
        return lesson
    }
}
