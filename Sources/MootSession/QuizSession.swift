import Foundation
import MootContent
import MootGrading
import MootModel
import MootPresentation
import MootQuiz
import MootStore
import MootSupport

/// A quiz being taken: its attempt in the store, the student's order, and what has been answered.
struct QuizRun {
    var quiz: Quiz
    var attempt: Int64
    var started: Microseconds
    var student: String
    var responses: [String: Submission.Response]
    /// The question closed last and its number on screen: an answer that is right for it but not for the open one
    /// is the lesson habit of typing the shown answer back, and is not saved as the open question's answer.
    var justClosed: (question: Question, number: Int)?
    /// An answer that notice was given for: typed again at once, it is taken as given.
    var noticed: String?

    var deadline: Microseconds? { quiz.timeLimit.map { started + Microseconds($0 * 60_000_000) } }

    func isOverTime(_ now: Microseconds) -> Bool { deadline.map { now > $0 } ?? false }
}

/// Taking an instructor's quiz: rules first, one answer per question saved as given, feedback as the quiz allows,
/// a time limit, and a submission file at the end. A quiz left unfinished resumes within its time limit.
extension Session {
    func startQuiz(_ reference: String) -> String {
        guard !reference.isEmpty else {
            return "Which quiz? " + (course.quizzes.isEmpty ? "There are none." : course.quizzes.map(\.id).joined(separator: ", "))
        }
        guard let quiz = course.quiz(reference) else {
            return style.warn("No quiz '\(reference.prefix(40))'") + Suggestion.hint(for: reference, in: course.quizzes.map(\.id))
                + ". Quizzes: " + course.quizzes.map(\.id).joined(separator: ", ")
        }
        guard let recorder else { return "Quizzes need saved progress, which this session does not keep." }
        do {
            let (finished, open) = try recorder.quizAttempts(quiz.id)
            var lines = [style.bold("Quiz: \(quiz.title)")]
            let attempt: OpenQuizAttempt
            if let open {
                attempt = open
                lines.append(style.accent("Resuming your unfinished attempt (\(open.responses.count) answered)."))
            } else {
                guard finished < quiz.attemptsAllowed else {
                    return "You have used all \(quiz.attemptsAllowed) attempt\(quiz.attemptsAllowed == 1 ? "" : "s") at this quiz."
                }
                attempt = try recorder.startQuizAttempt(quiz, student: student)
                if !quiz.instructions.isEmpty { lines.append(style.wrap(quiz.instructions)) }
                lines.append(style.wrap("Attempt \(finished + 1) of \(quiz.attemptsAllowed). "
                                        + quiz.rules(feedback: quiz.feedback, hints: quiz.hintsAllowed, attempts: false).replacingOccurrences(of: "\n", with: " ")))
            }
            var quizRun = QuizRun(quiz: quiz, attempt: attempt.id, started: attempt.started, student: student,
                                  responses: attempt.responses.mapValues {
                                      Submission.Response(question: $0.question, response: $0.response, choiceOrder: nil,
                                                          verdict: $0.verdict, score: $0.score, at: ISODate.string($0.at))
                                  })
            for item in quiz.items where quizRun.responses[item.question.id] != nil {
                quizRun.responses[item.question.id]?.choiceOrder = quiz.choiceOrder(item.question, for: student)
            }
            self.quizRun = quizRun
            if quizRun.isOverTime(clock.now()) { return (lines + [finishQuiz(timeUp: true)]).joined(separator: "\n") }
            let order = quiz.order(for: student).map(\.question)
            run = Run(kind: .quiz, lesson: Self.synthetic(id: quiz.id, title: quiz.title, order))
            let next = order.firstIndex { quizRun.responses[$0.id] == nil } ?? order.count
            lines.append("")
            lines.append(advance(from: next))
            return lines.joined(separator: "\n")
        } catch {
            return style.bad("Could not start the quiz: \(error)")
        }
    }

    func quizPrompt(_ quizRun: QuizRun, _ question: Question) -> String {
        let number = quizNumber(question)
        return QuestionPrompt.text(run: quizRun.quiz.id, position: number, of: quizRun.quiz.items.count,
                                   secondsLeft: quizRun.deadline.map { ($0 - clock.now()) / 1_000_000 }, width: style.width)
    }

    /// One answer per question: graded locally, saved as given before anything is shown, then the next question.
    /// Deferred feedback says "Saved."; immediate feedback gives the verdict, naming no node (see `quizVerdict`).
    func quizAnswer(_ text: String) -> String {
        guard var quizRun, let run, let question = currentQuestion, let recorder else { return "" }
        let order = quizRun.quiz.choiceOrder(question, for: quizRun.student)
        var verdict: Verdict?
        if !text.isEmpty {
            do {
                verdict = try grader.grade(question, answer: text, choiceOrder: order)
            } catch {
                return style.warn(String(describing: error))
            }
        }
        if let verdict, let notice = retypedAnswer(text, verdict: verdict, quizRun: &quizRun) {
            self.quizRun = quizRun
            return notice
        }
        do {
            try recorder.saveQuizResponse(attempt: quizRun.attempt, question: question, response: text,
                                          outcome: verdict?.verdict.rawValue, score: verdict?.score)
        } catch {
            return style.bad("Your answer could not be saved, so nothing was recorded: \(error)")
        }
        quizRun.responses[question.id] = Submission.Response(
            question: question.id, response: text, choiceOrder: order, verdict: verdict?.verdict.rawValue,
            score: verdict?.score, at: ISODate.string(clock.now()))
        quizRun.justClosed = (question, quizNumber(question))
        quizRun.noticed = nil
        self.quizRun = quizRun
        var lines: [String] = []
        if let verdict, quizRun.quiz.feedback == .immediate {
            let said = presenter.quizVerdict(verdict, question: question, choiceOrder: order)
            lines.append(style.wrap(label(verdict) + (said.isEmpty ? "" : " " + said), indent: "  "))
        } else {
            lines.append(style.dim(text.isEmpty ? "Skipped." : "Saved."))
        }
        lines.append("")
        lines.append(advance(from: run.step + 1))
        return lines.joined(separator: "\n")
    }

    /// The notice for an answer typed right after a question closed that is right for that question but not for the
    /// open one: it reads as the closed question's answer typed back (as a lesson teaches after a miss), so it is
    /// not saved. The same answer typed again at once is taken as given. See `Self.mayReadAsRetyped`.
    private func retypedAnswer(_ text: String, verdict: Verdict, quizRun: inout QuizRun) -> String? {
        guard verdict.verdict != .correct, let (closed, number) = quizRun.justClosed, let current = currentQuestion else { return nil }
        let given = text.lowercased().split(separator: " ").joined(separator: " ")
        guard quizRun.noticed != given, Self.mayReadAsRetyped(closed: closed.kind, open: current.kind) else { return nil }
        let order = quizRun.quiz.choiceOrder(closed, for: quizRun.student)
        guard let earlier = try? grader.grade(closed, answer: text, choiceOrder: order), earlier.verdict == .correct else { return nil }
        quizRun.noticed = given
        let open = currentQuestion.map(quizNumber) ?? number + 1
        return style.wrap(style.warn("That reads as your answer to question \(number), which is closed:")
                          + " a quiz takes one answer per question. Question \(open) is still open, and nothing was saved. "
                          + style.dim("(To give it as your answer to question \(open), type it again.)"), indent: "  ")
    }

    /// Whether, in a quiz, an answer right for a closed question of kind `closed` can be read as typed back at an
    /// open one of kind `open`. A free-text answer (short, numeric, essay) can, at any kind. A true/false word or
    /// option letters ("false", "b", "a and c") can only at a free-text question, which they cannot fairly answer:
    /// at another true/false or choice question they may be the answer meant, and the notice would tell that they
    /// are not right for it.
    static func mayReadAsRetyped(closed: QuestionKind, open: QuestionKind) -> Bool {
        let freeText: Set<QuestionKind> = [.short, .numeric, .explain]
        if freeText.contains(closed) { return true }
        return (closed == .truefalse || closed == .choice) && freeText.contains(open)
    }

    /// A question's number as the student sees it (their order).
    func quizNumber(_ question: Question) -> Int {
        (run?.lesson.questions.firstIndex { $0.id == question.id } ?? 0) + 1
    }

    /// "Question 4 of 9 (2 points)", above each quiz question.
    func quizHeader(_ question: Question) -> String? {
        guard let quiz = quizRun?.quiz, let item = quiz.items.first(where: { $0.question.id == question.id }) else { return nil }
        return style.accent("Question \(quizNumber(question)) of \(quiz.items.count) (\(Self.points(item.points)))")
    }

    /// "1 point", "2 points", "1.5 points".
    static func points(_ value: Double) -> String {
        "\(NumberFormat.plain(value)) point\(value == 1 ? "" : "s")"
    }

    /// "The time limit keeps running: 14:11 left." for a timed quiz being left part-way.
    func timeLimitNotice() -> String? {
        guard let deadline = quizRun?.deadline else { return nil }
        return "The time limit keeps running:" + Submission.timeLeft(seconds: (deadline - clock.now()) / 1_000_000) + "."
    }

    /// Submits: the attempt is closed and counted, and the submission file is written where the student can hand it in.
    func finishQuiz(timeUp: Bool) -> String {
        guard let quizRun, let recorder else { return "" }
        self.quizRun = nil
        run = nil
        if quizOnly { isFinished = true }
        let quiz = quizRun.quiz
        let responses = quiz.order(for: quizRun.student).compactMap { quizRun.responses[$0.question.id] }
        let submission = Submission(quiz: quiz.id, digest: quiz.digest, student: quizRun.student,
                                    started: ISODate.string(quizRun.started), finished: ISODate.string(clock.now()),
                                    responses: responses)
        var lines = [timeUp ? style.warn("Time is up: your answers so far are submitted.") : style.good("Quiz complete.")]
        do {
            try recorder.finishQuizAttempt(quizRun.attempt)
            let file = try submission.write(into: submissions)
            lines.append(Style.verbatim("Your submission: \(file.path)"))
            lines.append(quiz.attemptsAllowed > 1
                ? "Hand this file in to your instructor. Each attempt is its own file: hand in the one you want counted (the gradebook marks a second one from you as a duplicate)."
                : "Hand this file in to your instructor.")
        } catch {
            lines.append(style.bad("The submission could not be written: \(error)"))
        }
        if quiz.feedback != .none {
            let points = quiz.items.reduce(0.0) { $0 + $1.points * (quizRun.responses[$1.question.id]?.score ?? 0) }
            let percent = quiz.totalPoints > 0 ? points / quiz.totalPoints * 100 : 0
            lines.append("Score: \(Self.tenths(points)) of \(NumberFormat.plain(quiz.totalPoints)) points "
                         + "(\(Int(percent.rounded()))%) — " + (percent >= quiz.passPercent ? style.good("pass") : style.bad("not yet a pass")))
            // Question by question, in the student's order: the verdict, the points it earned of its worth (they add
            // up to the score), and the right answer where the answer was not wholly right.
            for (index, item) in quiz.order(for: quizRun.student).enumerated() {
                let question = item.question
                let response = quizRun.responses[question.id]
                let text = response?.response ?? ""
                let order = quiz.choiceOrder(question, for: quizRun.student)
                let graded = text.isEmpty ? nil : try? grader.grade(question, answer: text, choiceOrder: order)
                let verdict = graded.map(label) ?? style.dim("– skipped")
                let earned = item.points * (response?.score ?? 0)
                lines.append(style.wrap("  Question \(index + 1): " + verdict + ", \(Self.tenths(earned)) of \(Self.points(item.points)) — "
                                        + question.prompt.prefix(70) + (question.prompt.count > 70 ? "…" : ""), indent: "    "))
                if graded?.verdict != .correct {
                    lines.append(presenter.revealed(question, lead: "The answer: ", choiceOrder: order, margin: "    "))
                }
                // An essay's rubric, now that it is answered: criterion by criterion.
                if let graded, case .explain = question.body, let rubric = presenter.rubric(question, graded: graded) {
                    lines.append(rubric)
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Points to a tenth, as the score says them.
    static func tenths(_ value: Double) -> String { NumberFormat.plain((value * 10).rounded() / 10) }
}
