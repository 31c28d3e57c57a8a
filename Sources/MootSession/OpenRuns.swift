import MootContent
import MootModel
import MootStore

/// Review and practice runs survive a restart: the run's questions and how far it got are saved as it goes, so
/// `continue` takes it up where it stopped (as it does a lesson), and the welcome says so. A lesson begun while
/// one is open does not close it: `continue` takes up whichever was left last, and `continue lesson` or
/// `continue review` (or `practice`) the one named.
extension Session {
    /// Saves where a review or practice run stands (`closed` questions behind it); nil when nothing needs keeping.
    /// Returns a line to show if it could not be saved.
    func keepOpenRun(_ run: Run, closed: Int) -> String? {
        let kind: OpenRun.Kind
        switch run.kind {
        case .review: kind = .review
        case .practice: kind = .practice
        case .lesson, .quiz: return nil
        }
        do {
            try recorder?.saveOpenRun(OpenRun(kind: kind, questions: run.lesson.questions.map(\.id), closed: closed, at: clock.now()))
            return nil
        } catch {
            return style.bad("Your place in this \(kind.rawValue) could not be saved: \(error)")
        }
    }

    /// Forgets the open run: it ended, or a lesson took its place.
    func closeOpenRun() {
        try? recorder?.saveOpenRun(nil)
    }

    /// Takes up an interrupted review or practice run at its first unanswered question.
    func resume(_ open: OpenRun) -> String? {
        let questions = open.questions.compactMap { course.question($0) }
        guard open.closed < questions.count else { closeOpenRun(); return nil }
        let title = open.kind == .review ? "Review" : "Practice"
        let lesson = Self.synthetic(id: open.kind == .review ? "review" : PracticeGenerator.lessonID, title: title, questions)
        run = Run(kind: open.kind == .review ? .review : .practice, lesson: lesson)
        let shown = advance(from: open.closed)
        return style.bold("\(title): picking up at question \(open.closed + 1) of \(questions.count).") + "\n" + shown
            + (restoreTries(since: open.at).map { "\n" + $0 } ?? "")
    }

    /// The welcome's line for an open run.
    static func openRunLine(_ open: OpenRun) -> String {
        "Welcome back: you stopped in \(open.kind.rawValue), before question \(open.closed + 1) of \(open.questions.count)."
    }

    /// Whether the open run was left after the lesson place was saved: then it is what `continue` takes up. A run
    /// saved without a time (by an older moot) counts as the later, as it always did.
    static func runIsLater(_ open: OpenRun, than resume: ResumePoint?) -> Bool {
        guard let resume, let lessonAt = resume.at, let runAt = open.at else { return true }
        return runAt >= lessonAt
    }
}
