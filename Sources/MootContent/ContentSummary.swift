import MootModel

/// Counts of what the course holds, by kind, for `moot check`.
public struct ContentSummary: CustomStringConvertible {
    public let course: Course
    public init(course: Course) { self.course = course }

    public var description: String {
        func counts<K: RawRepresentable & CaseIterable>(_ values: [K]) -> String where K.RawValue == String {
            K.allCases.compactMap { kind in
                let count = values.filter { $0 == kind }.count
                return count > 0 ? "\(kind.rawValue) \(count)" : nil
            }.joined(separator: ", ")
        }
        let questions = course.lessons.flatMap(\.questions)
        return """
            ok: \(course.lessons.count) lessons, \(questions.count) questions (\(counts(questions.map(\.kind)))), \
            \(course.practice.count) practice questions, \(course.quizzes.count) quizzes
            map: \(course.map.nodes.count) nodes (\(counts(course.map.nodes.map(\.kind)))), \
            \(course.map.edges.count) edges (\(counts(course.map.edges.map(\.kind))))
            """
    }
}
