import ArgumentParser
import MootModel
import MootSupport

extension Course {
    /// The quiz with this id, or a usage error naming the nearest one and listing them all.
    func requireQuiz(_ id: String) throws -> Quiz {
        guard let quiz = quiz(id) else {
            throw usageError("no quiz '\(id)'\(Suggestion.hint(for: id, in: quizzes.map(\.id))); "
                             + (quizzes.isEmpty ? "this course has no quizzes" : "quizzes: \(quizzes.map(\.id).joined(separator: ", "))"))
        }
        return quiz
    }

    /// The lesson with this id or number, or a usage error naming the nearest and listing them all.
    func requireLesson(_ reference: String) throws -> Lesson {
        guard let lesson = lesson(reference) else {
            throw usageError("no lesson '\(reference)'\(Suggestion.hint(for: reference, in: lessons.map(\.id))); "
                             + "lessons: \(lessons.map(\.id).joined(separator: ", "))")
        }
        return lesson
    }
}
