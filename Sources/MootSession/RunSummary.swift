import MootModel
import MootSupport
import MootPresentation
import MootStore

/// The end of a lesson, practice or review run: one count for the first try and one for the end of the run,
/// in words whose figures agree ("10 right, 4 missed of 14 (1 of them partly right)" is 75 % when partly right
/// counts its share), and what was missed by part of the argument — the same measure `progress` and review use.
extension Session {
    /// A lesson taken up after a restart: the questions closed before the break count from what was saved, so
    /// the ending covers the whole lesson (as `progress` does), not only what this sitting answered.
    func seedScores(_ run: inout Run, before position: Int) {
        let earlier = Array(run.lesson.questions.prefix(position))
        guard !earlier.isEmpty, let saved = try? recorder?.scores(of: earlier.map(\.id)) else { return }
        for question in earlier {
            guard let score = saved[question.id] else { continue }
            run.firstTries.append((question, score.firstTry))
            run.finals[question.id] = score.final
        }
    }

    /// A question on screen again after a restart, with tries made at it before the session ended (`since` its
    /// last showing): they stand. The first of them is its first try, as `progress` counts it, so the run's ending
    /// agrees; the next answer is a further try (not a second review), and the options keep the order those tries
    /// saw. Returns a line saying so, or nil when nothing was tried.
    func restoreTries(since time: Microseconds?) -> String? {
        guard var run, let time, let question = currentQuestion, let recorder else { return nil }
        let tries = recorder.tries(at: question.id, mode: run.mode, since: time)
        guard let first = tries.first else { return nil }
        run.attempts = tries.count
        run.tried = Set(tries.map { $0.response.lowercased().split(separator: " ").joined(separator: " ") })
        run.firstTries.append((question, first.credit))
        // The first try was this showing's review, which counted it as shown: the order stays that showing's.
        run.showing = max(0, run.showing - 1)
        self.run = run
        let left = max(0, maxAttempts(question) - tries.count)
        return style.wrap(style.dim("You tried this one \(tries.count == 1 ? "once" : "\(tries.count) times") before you stopped; "
                                    + "that first try is what counts. \(left) more tr\(left == 1 ? "y" : "ies") before the answer shows."), indent: "  ")
    }

    /// The end of a run: the first-try score, the score by the end of the run, what was missed by node, and an
    /// offer to go over it.
    func summary(_ run: Run) -> String {
        let total = run.firstTries.count
        guard total > 0 else { return "No question answered." }
        let tally = FirstTryTally(run.firstTries.map(\.score))
        let firstScore = run.firstTries.map(\.score).reduce(0, +) / Double(total)
        let finalScore = run.firstTries.map { run.finals[$0.question.id] ?? $0.score }.reduce(0, +) / Double(total)
        let percent = { (share: Double) in "\(Int((share * 100).rounded()))%" }
        let span = run.kind == .review ? "review" : run.kind == .practice ? "practice" : "lesson"
        var lines = ["First try: \(tally.words). First-try score \(percent(firstScore)); "
                     + "by the end of the \(span) \(percent(finalScore))."]
        let missed = run.firstTries.filter { $0.score < 0.999 }.map(\.question)
        justMissed = missed
        if !missed.isEmpty {
            var seen = Set<String>()
            // Each missed question by the node it is about (its first), not every node it mentions.
            let nodes = missed.compactMap(\.nodes.first).filter { seen.insert($0).inserted }.compactMap { course.map[$0]?.title }
            let questions = "\(missed.count) question\(missed.count == 1 ? "" : "s")"
            lines.append("Missed (not right at the first try): \(questions), on \(nodes.count) part\(nodes.count == 1 ? "" : "s") of the argument:")
            lines += nodes.map { style.wrap("  • \($0)", indent: "    ") }
            lines.append("Type \(style.accent("review now")) to go over \(missed.count == 1 ? "it" : "them") at once.")
        }
        return lines.joined(separator: "\n")
    }

    func finish(_ run: Run) -> String {
        switch run.kind {
        case .lesson(let number):
            let next = number < course.lessons.count
                ? "Next: \(style.accent("start \(course.lessons[number].id)")) — " + Self.sentence(course.lessons[number].title)
                : "That was the last lesson. Type \(style.accent("practice")) for more questions from the map."
            return style.good("Lesson \(number) complete.") + "\n" + summary(run) + "\n" + next
        case .practice:
            return style.good("Practice done.") + "\n" + summary(run) + "\nType practice again for a new set."
        case .quiz:
            return ""
        case .review:
            let counts = (try? recorder?.reviewCounts(now: clock.now())).flatMap { $0 }
            return ([style.good("Review done."), summary(run)] + (counts?.lines(command: "review", style: style) ?? [])).joined(separator: "\n")
        }
    }
}
