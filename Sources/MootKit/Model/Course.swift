/// Everything a learner can study: the article's citation, its argument map, and the lessons in order.
public struct Course: Sendable {
    public var title: String
    public var citation: Citation
    public var map: ArgumentMap
    public var lessons: [Lesson]
    /// Practice questions generated from the map's shape, on top of the authored ones.
    public var practice: [Question]
    private var questionIndex: [String: Question]

    public init(title: String, citation: Citation, map: ArgumentMap, lessons: [Lesson], practice: [Question] = []) {
        self.title = title
        self.citation = citation
        self.map = map
        self.lessons = lessons
        self.practice = practice
        var index: [String: Question] = [:]
        for question in lessons.flatMap(\.questions) + practice where index[question.id] == nil {
            index[question.id] = question
        }
        self.questionIndex = index
    }

    /// Authored questions in lesson order, then generated practice.
    public var questions: [Question] { lessons.flatMap(\.questions) + practice }

    public func question(_ id: String) -> Question? { questionIndex[id] }

    /// A lesson by id, by number (1-based), or by unambiguous id prefix.
    public func lesson(_ reference: String) -> Lesson? {
        let reference = reference.lowercased()
        if let number = Int(reference), lessons.indices.contains(number - 1) { return lessons[number - 1] }
        if let exact = lessons.first(where: { $0.id == reference }) { return exact }
        let prefixed = lessons.filter { $0.id.hasPrefix(reference) }
        return prefixed.count == 1 ? prefixed[0] : nil
    }

    public func number(of lesson: Lesson) -> Int { (lessons.firstIndex { $0.id == lesson.id } ?? 0) + 1 }
}
