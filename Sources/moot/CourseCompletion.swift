import ArgumentParser
import MootContent
import MootModel

/// Shell completion of the course's ids: the shell runs moot to ask, and moot reads the course it would open
/// (--content is not known at that point, so $MOOT_CONTENT or the current folder decide). A course that cannot be
/// loaded completes nothing rather than printing errors into the shell.
enum CourseCompletion {
    private static func course() -> Course? { try? CourseLoader.load(root: ContentOptions(content: nil).root()) }

    static let questions = CompletionKind.custom { _, _, _ in course()?.questions.map(\.id) ?? [] }
    static let nodes = CompletionKind.custom { _, _, _ in course()?.map.nodes.map(\.id) ?? [] }
    static let lessons = CompletionKind.custom { _, _, _ in course()?.lessons.map(\.id) ?? [] }
    static let quizzes = CompletionKind.custom { _, _, _ in course()?.quizzes.map(\.id) ?? [] }
    static let terms = CompletionKind.custom { _, _, _ in course()?.glossary.map(\.id) ?? [] }
}
