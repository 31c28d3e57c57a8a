import Foundation
import MootContent
import MootPresentation
import MootStore
import MootSupport

/// What the tutor says that is not about a question: the greeting, the help and the lesson list.
extension Session {
    public func welcome() -> String {
        style.fit(Self.welcome(CourseSummary(course: course), style: style, resume: recorder?.resumePoint(), openRun: recorder?.openRun(),
                     review: (try? recorder?.reviewCounts(now: clock.now())) ?? ReviewCounts()))
    }

    /// The greeting, from a summary of the course: the tutor can show it before the course has loaded.
    public static func welcome(_ summary: CourseSummary, style: Style, resume: ResumePoint?, openRun: OpenRun? = nil,
                               review: ReviewCounts = ReviewCounts()) -> String {
        var lines = [style.bold("moot") + " — " + summary.title, "  " + style.dim(summary.citation)]
        let count = summary.lessons.count
        lines.append("\(count) lesson\(count == 1 ? "" : "s"), \(summary.lessons.reduce(0) { $0 + $1.questions }) questions. "
                     + "Type \(style.accent("lessons")) to see them, "
                     + (resume == nil && openRun == nil ? "\(style.accent("start 1")) to begin, " : "")
                     + "\(style.accent("help")) for every command.")
        if let openRun, openRun.closed < openRun.questions.count {
            lines.append(openRunLine(openRun) + " Type \(style.accent("continue")).")
        } else if let resume, let index = summary.lessons.firstIndex(where: { $0.id == resume.lesson }),
           resume.question < summary.lessons[index].questions {
            let lesson = summary.lessons[index]
            lines.append("Welcome back: you stopped in lesson \(index + 1), \(lesson.title), before question "
                         + "\(resume.question + 1) of \(lesson.questions). Type \(style.accent("continue")).")
        }
        if review.dueNow > 0 || review.heldBack > 0 { lines += review.lines(command: "review", style: style) }
        return lines.map { style.wrap($0, indent: "  ") }.joined(separator: "\n")
    }

    func help() -> String {
        let commands = Command.allCases.filter { $0 != .exit }
        let column = (commands.map(\.usage.count).max() ?? 0) + 2
        let rows = commands.map { command in
            style.wrap("  " + style.accent(command.usage.padding(toLength: column, withPad: " ", startingAt: 0)) + command.summary,
                       indent: String(repeating: " ", count: column + 2))
        }
        let quizzes = course.quizzes.isEmpty ? [] : ["Quizzes: " + course.quizzes.map(\.id).joined(separator: ", ")]
        return (["Commands (TAB completes them; at a question, anything else is your answer):"] + rows + quizzes
                + [style.dim("At a question, prefix a command with ':' if your answer starts with a command word.")])
            .map { style.wrap($0, indent: "  ") }.joined(separator: "\n")
    }

    func lessonList() -> String {
        course.lessons.enumerated().map { index, lesson in
            "  \(index + 1). \(style.accent(lesson.id.padding(toLength: 16, withPad: " ", startingAt: 0))) "
                + "\(lesson.title) (\(lesson.questions.count) questions)"
        }.joined(separator: "\n")
    }

    func unknownLesson(_ reference: String) -> String {
        let reference = String(reference.prefix(40))
        return style.warn("No lesson '\(reference)'") + Suggestion.hint(for: reference, in: course.lessons.map(\.id))
            + ". Lessons: " + course.lessons.enumerated().map { "\($0.offset + 1) \($0.element.id)" }.joined(separator: ", ")
    }
}
