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
        let number = (run?.lesson.questions.firstIndex { $0.id == question.id } ?? 0) + 1
        return QuestionPrompt.text(run: quizRun.quiz.id, position: number, of: quizRun.quiz.items.count,
                                   secondsLeft: quizRun.deadline.map { ($0 - clock.now()) / 1_000_000 }, width: style.width)
    }

    /// One answer per question: graded locally, saved as given before anything is shown, then the next question.
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
        do {
            try recorder.saveQuizResponse(attempt: quizRun.attempt, question: question, response: text,
                                          outcome: verdict?.verdict.rawValue, score: verdict?.score)
        } catch {
            return style.bad("Your answer could not be saved, so nothing was recorded: \(error)")
        }
        quizRun.responses[question.id] = Submission.Response(
            question: question.id, response: text, choiceOrder: order, verdict: verdict?.verdict.rawValue,
            score: verdict?.score, at: ISODate.string(clock.now()))
        self.quizRun = quizRun
        var lines: [String] = []
        if let verdict, quizRun.quiz.feedback == .immediate {
            lastGraded = (question, verdict)
            lines.append(style.wrap(label(verdict) + " " + verdict.feedback, indent: "  "))
            // An essay's rubric comes with its verdict, criterion by criterion (never before the answer).
            if let rubric = presenter.rubric(question, graded: verdict) { lines.append(rubric) }
        } else {
            lines.append(style.dim(text.isEmpty ? "Skipped." : "Saved."))
        }
        lines.append("")
        lines.append(advance(from: run.step + 1))
        return lines.joined(separator: "\n")
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
            lines.append("Score: \(NumberFormat.plain((points * 10).rounded() / 10)) of \(NumberFormat.plain(quiz.totalPoints)) points "
                         + "(\(Int(percent.rounded()))%) — " + (percent >= quiz.passPercent ? style.good("pass") : style.bad("not yet a pass")))
            if quiz.feedback == .after {
                for item in quiz.order(for: quizRun.student) {
                    let response = quizRun.responses[item.question.id]
                    let verdict = response?.verdict ?? "skipped"
                    lines.append("  \(verdict.padding(toLength: 10, withPad: " ", startingAt: 0)) \(item.question.prompt.prefix(70))")
                    // An essay's rubric, now that it is answered: regraded from the saved answer, criterion by criterion.
                    if let text = response?.response, !text.isEmpty, case .explain = item.question.body,
                       let graded = try? grader.grade(item.question, answer: text, choiceOrder: nil),
                       let rubric = presenter.rubric(item.question, graded: graded) {
                        lines.append(rubric.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
                    }
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
