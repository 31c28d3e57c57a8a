import MootModel

/// What the welcome needs to know about a course, without loading it.
public struct CourseSummary: Codable, Equatable, Sendable {
    public struct LessonSummary: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var questions: Int
    }

    public var title: String
    public var citation: String
    public var lessons: [LessonSummary]

    public init(course: Course) {
        title = course.title
        citation = course.citation.formatted
        lessons = course.lessons.map { LessonSummary(id: $0.id, title: $0.title, questions: $0.questions.count) }
    }
}
