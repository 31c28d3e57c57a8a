import MootModel

/// The course with its generated practice questions: the model holds what was authored, and Content, which
/// generates practice from the map, answers for both (made on demand: start-up does not need them).
extension Course {
    /// Practice questions generated from the map's shape, on top of the authored ones.
    public var practice: [Question] { PracticeGenerator.questions(for: map) }

    /// Authored questions in lesson order, then generated practice.
    public var questions: [Question] { lessons.flatMap(\.questions) + practice }

    public func question(_ id: String) -> Question? {
        authoredQuestion(id) ?? (id.hasPrefix(PracticeGenerator.lessonID + "-") ? practice.first { $0.id == id } : nil)
    }
}
