import Foundation
@testable import MootContent
@testable import MootModel

/// The repository's own course.
enum RepositoryCourse {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let course: Course = try! CourseLoader.load(root: root)
}
