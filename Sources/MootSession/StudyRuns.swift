import Foundation
import MootContent
import MootModel
import MootPresentation
import MootSupport

/// Starting and resuming lessons, practice from the map, review of missed questions, progress and the map.
extension Session {
    func start(_ reference: String) -> String {
        guard !reference.isEmpty else { return "Which lesson?\n" + lessonList() }
        guard let lesson = course.lesson(reference) else { return unknownLesson(reference) }
        let number = course.number(of: lesson)
        var lines = [style.bold("Lesson \(number): \(lesson.title)")]
        if !lesson.objectives.isEmpty {
            lines.append("You will be able to:")
            lines += lesson.objectives.map { style.wrap("  • \($0)", indent: "    ") }
            lines.append("")
        }
        // A review or practice run left open stays open: `continue review` takes it up.
        run = Run(kind: .lesson(number: number), lesson: lesson)
        lines.append(advance(from: 0))
        return lines.joined(separator: "\n")
    }

    /// `continue`: the question on screen, else whichever was left last of an interrupted review or practice run
    /// and the lesson last reached. `continue lesson` takes up the lesson, `continue review` (or `practice`) the run.
    func resume(_ argument: String = "") -> String {
        let wanted = argument.lowercased()
        // A question on screen (in a quiz too) is what there is to continue, unless another is named.
        if let question = currentQuestion, wanted.isEmpty || quizRun != nil {
            return presenter.render(question, choiceOrder: choiceOrder(question))
        }
        let open = recorder?.openRun().flatMap { $0.closed < $0.questions.count ? $0 : nil }
        switch wanted {
        case "lesson": return resumeLesson()
        case "review", "practice":
            guard let open, open.kind.rawValue == wanted, let resumed = resume(open) else { return "No \(wanted) to continue: type \(wanted)." }
            return resumed
        default:
            guard let open else { return resumeLesson() }
            let point = recorder?.resumePoint()
            let lessonOpen = point.flatMap { point in course.lessons.first { $0.id == point.lesson }.map { point.question < $0.questions.count } } ?? false
            if (!lessonOpen || Self.runIsLater(open, than: point)), let resumed = resume(open) { return resumed }
            return resumeLesson()
        }
    }

    /// The lesson last reached, at its first unanswered question; or the next lesson when it is done.
    func resumeLesson() -> String {
        guard let resume = recorder?.resumePoint(),
              let index = course.lessons.firstIndex(where: { $0.id == resume.lesson }) else {
            return "Nothing to continue yet: type start 1."
        }
        let lesson = course.lessons[index]
        let questionSteps = lesson.steps.indices.filter { if case .question = lesson.steps[$0] { true } else { false } }
        guard resume.question < questionSteps.count else {
            return index + 1 < course.lessons.count ? start(course.lessons[index + 1].id) : "You have finished every lesson."
        }
        var taken = Run(kind: .lesson(number: index + 1), lesson: lesson)
        seedScores(&taken, before: resume.question)
        run = taken
        let from = resume.question > 0 ? questionSteps[resume.question - 1] + 1 : 0
        let shown = advance(from: from)
        return style.bold("Lesson \(index + 1): \(lesson.title)") + " — picking up where you stopped.\n" + shown
            + (restoreTries(since: resume.at).map { "\n" + $0 } ?? "")
    }

    /// Generated questions on the nodes of one lesson (or of the whole map): an even share of each generated kind.
    func practice(_ reference: String) -> String {
        var questions = course.practice
        var title = "the whole map"
        if !reference.isEmpty {
            guard let lesson = course.lesson(reference) else { return unknownLesson(reference) }
            let nodes = Set(lesson.questions.flatMap(\.nodes))
            questions = questions.filter { !nodes.isDisjoint(with: $0.nodes) }
            title = lesson.title
        }
        guard !questions.isEmpty else { return "No practice questions for that." }
        var generator = SeededGenerator(seed: UInt64(clock.now() / 1000))
        let picked = PracticeDraw.pick(questions, count: 10, using: &generator)
        return begin(Run(kind: .practice, lesson: Self.synthetic(id: PracticeGenerator.lessonID, title: "Practice", picked)),
                     heading: "Practice on \(title): \(picked.count) questions generated from the map.")
    }

    /// Missed questions that are due, the learner's own misses first, most overdue first; or, with `all`, every question ever missed.
    func review(all: Bool) -> String {
        guard let recorder else { return "Review needs saved progress, which this session does not keep." }
        do {
            let ids = try recorder.reviewQueue(all: all, now: clock.now(), limit: 20)
            let questions = ids.compactMap { course.question($0) }
            let counts = try recorder.reviewCounts(now: clock.now())
            guard !questions.isEmpty else {
                return all ? "You have not missed any question yet."
                    : counts.lines(command: "review", style: style).joined(separator: "\n")
            }
            let heading = all ? "Drilling every question on your review list (those you missed and those on the same parts): \(questions.count)."
                : counts.heading(taken: questions.count)
            return begin(Run(kind: .review, lesson: Self.synthetic(id: "review", title: "Review", questions)), heading: heading)
        } catch {
            return style.bad("Could not read your review queue: \(error)")
        }
    }

    /// `review limit N`: how many questions may come to review for the first time each day.
    func setReviewLimit(_ text: String) -> String {
        guard let recorder else { return "Review needs saved progress, which this session does not keep." }
        guard let limit = Int(text), (0...1000).contains(limit) else {
            return style.warn("Give the limit as a number from 0 to 1000, e.g. review limit 10.")
        }
        do {
            try recorder.setNewReviewLimit(limit)
            return "At most \(limit) questions a day now come to review for the first time."
        } catch {
            return style.bad("Could not save the limit: \(error)")
        }
    }

    /// The questions just missed in the run that ended, whatever their due dates.
    func reviewNow() -> String {
        guard !justMissed.isEmpty else { return "Nothing was missed in the last lesson or run. Type review for what is due." }
        let questions = justMissed
        justMissed = []
        return begin(Run(kind: .review, lesson: Self.synthetic(id: "review", title: "Review", questions)),
                     heading: "Going over the \(questions.count) question\(questions.count == 1 ? "" : "s") you just missed.")
    }

    func progress() -> String {
        guard let recorder else { return "Progress needs saved progress, which this session does not keep." }
        do {
            return try recorder.progress(now: clock.now()).render(style: style)
        } catch {
            return style.bad("Could not read your progress: \(error)")
        }
    }

    /// At an open question (not in a quiz), the map can hold the answer: looking counts as one hint. The first
    /// `map` says so and shows nothing; the same command again shows it and counts. Nil when the map may be shown.
    func mapAsHintFirst(_ command: String) -> String? {
        guard quizRun == nil, var run, currentQuestion != nil, !run.lookedAtMap else { return nil }
        guard run.toldMapIsHint else {
            run.toldMapIsHint = true
            self.run = run
            return style.wrap(style.warn("Looking at the map during a question counts as a hint") + " (it lowers this question's "
                              + "rating as a hint does). Type \(style.accent(command)) again to see it, or answer first.", indent: "  ")
        }
        run.lookedAtMap = true
        self.run = run
        return nil
    }

    /// `map NODE` shows that node's neighbourhood; bare `map` shows the part the current question is about,
    /// or the whole map outside a question.
    func map(_ argument: String) -> String {
        let (text, isMap) = mapPart(argument)
        // What is shown says first what it is; a refusal or a warning is said as it is.
        guard isMap else { return text }
        let what = argument.isEmpty && currentQuestion == nil
            ? "The argument map: each part, and under it what bears on it (supported by, rebutted by, answered by …)."
            : "Part of the argument map: one part, what it bears on (→), and under it what bears on it."
        return style.dim(style.wrap(what, indent: "  ")) + "\n" + text
    }

    /// The map or part of it, with true; or a refusal or warning instead, with false.
    private func mapPart(_ argument: String) -> (String, Bool) {
        let tree = MapTree(map: course.map, style: style, citation: course.citation, hidden: askedAhead(), showIDs: false)
        if !argument.isEmpty {
            let id = node(named: argument)
            guard let part = tree.render(around: id) else {
                return (style.warn("No node '\(id.prefix(40))'") + Suggestion.hint(for: id, in: course.map.nodes.map(\.id)) + ". Type map for the whole map.", false)
            }
            if let warning = mapAsHintFirst("map \(id)") { return (warning, false) }
            return (part, !tree.hidden.contains(id))
        }
        if let question = currentQuestion {
            // The neighbourhood of what the question is about, without giving a short answer away.
            // Around a neighbour of what is asked, never a node a question still asks about.
            let asked = question.nodes[0]
            let neighbours = course.map.edges(from: asked).map(\.to) + course.map.edges(to: asked).map(\.from)
            guard let focus = neighbours.first(where: { !tree.hidden.contains($0) }) else {
                return (style.dim("The map around this question would give its answer away: answer first, or type map NODE."), false)
            }
            if let warning = mapAsHintFirst("map") { return (warning, false) }
            return (tree.render(around: focus) ?? "", true)
        }
        return (tree.render(), true)
    }

    /// A node by id, or by its title (as the tutor's map shows it) or the start of one.
    func node(named words: String) -> String {
        let wanted = words.lowercased()
        if course.map[wanted] != nil { return wanted }
        let titled = course.map.nodes.first { $0.title.lowercased() == wanted }
            ?? course.map.nodes.first { $0.title.lowercased().hasPrefix(wanted) }
        return titled?.id ?? wanted
    }

    /// Nodes the question on screen asks about, and those a later question in this run asks that none closed has shown.
    func askedAhead() -> Set<String> {
        guard let run, currentQuestion != nil, quizRun == nil else { return [] }
        let questions = run.lesson.steps.compactMap { step -> Question? in if case let .question(q) = step { q } else { nil } }
        let position = run.lesson.steps[..<run.step].filter { if case .question = $0 { true } else { false } }.count
        let shown = Set(questions[..<position].flatMap(\.nodes))
        return Set(questions[(position + 1)...].flatMap(\.nodes)).subtracting(shown).union(questions[position].nodes)
    }

    /// Figures that a later question in this run asks for, so the answer revealed now leaves them out.
    /// The questions still to come in this run.
    private func questionsAhead() -> [Question] {
        guard let run else { return [] }
        return run.lesson.steps.dropFirst(run.step + 1).compactMap { step in
            if case let .question(question) = step { question } else { nil }
        }
    }

    /// The nodes the questions still to come ask about: an answer shown now does not set them out.
    func nodesAhead() -> Set<String> { Set(questionsAhead().flatMap(\.nodes)) }

    func figuresAhead() -> [Double] {
        questionsAhead().compactMap { question in
            if case let .numeric(value, _, _) = question.body { value } else { nil }
        }
    }
}
