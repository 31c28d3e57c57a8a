import Foundation
import MootContent
import MootGrading
import MootModel

/// At a question: an answer graded and recorded, hints, skips and `why`.
///
/// Only the first try counts: it is the FSRS review, the lesson's first-try score and the one `progress` shows.
/// While tries remain a wrong answer gets a diagnosis, not the answer; the answer shows after the last try, on
/// `skip`, or on `why` (and then the question counts as missed whatever comes next).
extension Session {
    func answer(_ text: String) -> String {
        if quizRun != nil { return quizAnswer(text) }
        guard var run, let question = currentQuestion else { return "" }
        let order = choiceOrder(question)
        let verdict: Verdict
        do {
            verdict = try grader.grade(question, answer: text, choiceOrder: order)
        } catch {
            return style.warn(String(describing: error))
        }
        run.attempts += 1
        self.run = run
        lastGraded = (question, verdict)
        if let recorder {
            do {
                let rating = LearningPolicy.reviewRating(verdict.verdict, hintsUsed: run.hintsUsed, attempt: run.attempts)
                try recorder.record(question: question, response: text, outcome: verdict.verdict.rawValue, score: verdict.score,
                                    rating: rating, hintsUsed: run.hintsUsed, attempt: run.attempts,
                                    seconds: Double(clock.now() - run.shownAt) / 1_000_000, mode: run.mode)
            } catch {
                return style.bad("Your answer could not be saved, so it was not graded: \(error)")
            }
        }
        if run.attempts == 1 { run.firstTries.append((question, run.revealed ? 0 : verdict.score)) }
        self.run = run
        // An order or place answer partly right may be tried again, like a wrong one; other partial answers close the question.
        let closes = verdict.verdict == .correct || (verdict.verdict == .partial && !Self.retriesPartial(question))
        let lastTry = run.attempts >= Self.maxAttempts
        if !closes && !lastTry && !run.revealed {
            return [style.wrap(label(verdict) + " " + presenter.diagnosis(verdict, question: question, choiceOrder: order), indent: "  "),
                    style.dim("Try again (\(Self.maxAttempts - run.attempts) more), or type hint, skip or why.")]
                .joined(separator: "\n")
        }
        var lines = [style.wrap(label(verdict) + " " + shownFeedback(verdict, question, order), indent: "  ")]
        // An explain answer is read criterion by criterion; what a missed one says comes here unless the answer follows.
        if let criteria = presenter.criteria(verdict, question: question, withText: closes) { lines.append(criteria) }
        if run.revealed && verdict.verdict != .incorrect {
            lines.append(style.dim("The answer had been shown, so this one counts as missed; review brings it back."))
        }
        if !closes {
            lines.append(style.wrap("The answer: " + presenter.answer(question, choiceOrder: order), indent: "  "))
        }
        run.finals[question.id] = run.revealed ? 0 : verdict.score
        self.run = run
        lines.append("\n" + advance(from: run.step + 1))
        return lines.joined(separator: "\n")
    }

    /// Order and place questions get their retries on a partial answer too.
    static func retriesPartial(_ question: Question) -> Bool {
        if case .order = question.body { return true }
        if case .place = question.body { return true }
        return false
    }

    /// The grader's feedback as the learner reads it: a choice named by its text, not by a letter.
    func shownFeedback(_ verdict: Verdict, _ question: Question, _ order: [Int]?) -> String {
        guard case let .choice(choices) = question.body else { return Self.shortChains(verdict.feedback) }
        let shown = order ?? Array(choices.indices)
        return verdict.feedback.replacing(/\(([a-z])\) is wrong:/) { match in
            guard let index = QuestionLayout.index(ofLetter: match.1), shown.indices.contains(index) else { return String(match.0) }
            return "‘\(choices[shown[index]].text)’ is wrong:"
        }
    }

    /// A chain "A, which supports B, which rebuts C, which …" is cut after two steps; `why` shows it whole.
    static func shortChains(_ feedback: String) -> String {
        feedback.components(separatedBy: ". ").map { sentence in
            let steps = sentence.components(separatedBy: ", which ")
            return steps.count > 3 ? steps.prefix(3).joined(separator: ", which ") + " … (why shows the rest)" : sentence
        }.joined(separator: ". ")
    }

    /// The order a learner sees a choice question's options in: the quiz's, or one shuffled for this learner and
    /// question (the same every time, so a review shows what the lesson showed).
    func choiceOrder(_ question: Question) -> [Int]? {
        if let quizRun { return quizRun.quiz.choiceOrder(question, for: quizRun.student) }
        guard case let .choice(choices) = question.body else { return nil }
        return Quiz.choiceOrder(count: choices.count, question: question.id, shuffle: true, seed: "moot", student: student)
    }

    func label(_ verdict: Verdict) -> String {
        switch verdict.verdict {
        case .correct: style.good("✓ correct")
        case .partial: style.warn("◐ partly right (\(Int((verdict.score * 100).rounded()))%)")
        case .incorrect: style.bad("✗ not quite")
        }
    }

    func hint() -> String {
        if let quizRun, !quizRun.quiz.hintsAllowed { return "Hints are not allowed in this quiz." }
        guard var run, let question = currentQuestion else { return "Hints are for questions: start a lesson first." }
        guard run.hints < question.hints.count else {
            return question.hints.isEmpty ? "This question has no hints." : "No more hints: answer, or type skip."
        }
        run.hints += 1
        self.run = run
        return style.wrap(style.accent("Hint \(run.hints)/\(question.hints.count): ") + question.hints[run.hints - 1], indent: "  ")
    }

    func skip() -> String {
        if quizRun != nil { return quizAnswer("") }
        guard var run, let question = currentQuestion else { return "Nothing to skip." }
        do {
            // A skip after a first try is not a second review: the first try was the review.
            if run.attempts == 0 {
                try recorder?.recordSkip(question: question, hintsUsed: run.hintsUsed, mode: run.mode,
                                        rating: LearningPolicy.skipRating)
            }
        } catch {
            return style.bad("Could not save the skip: \(error)")
        }
        if run.attempts == 0 { run.firstTries.append((question, 0)) }
        run.finals[question.id] = run.finals[question.id] ?? 0
        self.run = run
        var lines = [style.wrap(style.dim("Skipped. The answer: ") + presenter.answer(question, choiceOrder: choiceOrder(question)),
                                indent: "  ")]
        if case let .truefalse(_, why?) = question.body { lines.append(style.wrap("  " + why, indent: "  ")) }
        return lines.joined(separator: "\n") + "\n\n" + advance(from: run.step + 1)
    }

    func why() -> String {
        if let quizRun, quizRun.quiz.feedback != .immediate {
            return "why is not available in this quiz: verdicts come " + (quizRun.quiz.feedback == .after ? "when you submit." : "from your instructor.")
        }
        guard let (question, verdict) = lastGraded else {
            return currentQuestion == nil ? "Nothing answered yet." : "Answer first, then why explains the verdict. Stuck? Type hint."
        }
        // `why` on a question still open shows the answer: from here on it counts as missed.
        if quizRun == nil, var run, currentQuestion?.id == question.id, !run.revealed {
            run.revealed = true
            self.run = run
            return presenter.explain(verdict, question: question) + "\n"
                + style.wrap(style.dim("The answer: ") + presenter.answer(question, choiceOrder: choiceOrder(question)), indent: "  ") + "\n"
                + style.dim("That shows the answer, so this question counts as missed. Answer to go on, or skip.")
        }
        return presenter.explain(verdict, question: question)
    }
}
