import Foundation
import Testing
@testable import MootContent
@testable import MootGrading
@testable import MootModel

/// The repository's own course.
enum RepositoryCourse {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let course: Course = try! CourseLoader.load(root: root)
}

/// Grades an answer to one of the course's questions, with a grader of its own.
func grade(_ id: String, _ answer: String) throws -> Verdict {
    try Grader(course: RepositoryCourse.course).grade(try #require(RepositoryCourse.course.question(id)), answer: answer)
}
