/// Everything a learner can study: the article's citation, its argument map, and the lessons in order.
public struct Course: Sendable {
    public var title: String
    public var citation: Citation
    public var map: ArgumentMap
    public var lessons: [Lesson]
    /// The instructor's quizzes, from `Quizzes/`.
    public var quizzes: [Quiz] = []
    /// The terms of art, from the glossary file course.yaml names.
    public var glossary: [GlossaryEntry] = []
    private var questionIndex: [String: Question]

    public init(title: String, citation: Citation, map: ArgumentMap, lessons: [Lesson]) {
        self.title = title
        self.citation = citation
        self.map = map
        self.lessons = lessons
        var index: [String: Question] = [:]
        for question in lessons.flatMap(\.questions) where index[question.id] == nil { index[question.id] = question }
        self.questionIndex = index
    }

    /// An authored question by id. (Content adds the generated practice questions: `Course.question(_:)`.)
    public func authoredQuestion(_ id: String) -> Question? { questionIndex[id] }

    /// A lesson by id, by number (1-based), or by unambiguous id prefix.
    public func lesson(_ reference: String) -> Lesson? {
        let reference = reference.lowercased()
        if let number = Int(reference), lessons.indices.contains(number - 1) { return lessons[number - 1] }
        if let exact = lessons.first(where: { $0.id == reference }) { return exact }
        let prefixed = lessons.filter { $0.id.hasPrefix(reference) }
        return prefixed.count == 1 ? prefixed[0] : nil
    }

    public func quiz(_ id: String) -> Quiz? { quizzes.first { $0.id == id } }

    public func number(of lesson: Lesson) -> Int { (lessons.firstIndex { $0.id == lesson.id } ?? 0) + 1 }
}
