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
        // What was left unfinished: the one left last is what `continue` takes up; the other is named too.
        let run = openRun.flatMap { $0.closed < $0.questions.count ? $0 : nil }
        let lesson = resume.flatMap { resume in
            summary.lessons.firstIndex { $0.id == resume.lesson }.flatMap { index in
                resume.question < summary.lessons[index].questions ? (index, summary.lessons[index], resume.question) : nil
            }
        }
        let lessonWords = lesson.map { "lesson \($0.0 + 1), \($0.1.title), before question \($0.2 + 1) of \($0.1.questions)" }
        switch (run, lessonWords) {
        case let (run?, lessonWords?) where runIsLater(run, than: resume):
            lines.append(openRunLine(run) + " Type \(style.accent("continue")).")
            if let (index, title, question) = lesson.map({ ($0.0, $0.1.title, $0.2) }) {
                lines.append("Lesson \(index + 1), \(title), is unfinished too, at question \(question + 1) of \(summary.lessons[index].questions): "
                             + "type \(style.accent("continue lesson")).")
            }
        case let (run?, lessonWords?):
            lines.append("Welcome back: you stopped in \(lessonWords). Type \(style.accent("continue")).")
            lines.append("Your \(run.kind.rawValue) is unfinished too, at question \(run.closed + 1) of \(run.questions.count): "
                         + "type \(style.accent("continue \(run.kind.rawValue)")).")
        case let (run?, nil):
            lines.append(openRunLine(run) + " Type \(style.accent("continue")).")
        case let (nil, lessonWords?):
            lines.append("Welcome back: you stopped in \(lessonWords). Type \(style.accent("continue")).")
        case (nil, nil):
            break
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
