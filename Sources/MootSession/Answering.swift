import Foundation
import MootContent
import MootGrading

/// At a question: an answer graded and recorded, hints, skips and `why`.
extension Session {
    func answer(_ text: String) -> String {
        if quizRun != nil { return quizAnswer(text) }
        guard var run, let question = currentQuestion else { return "" }
        let verdict: Verdict
        do {
            verdict = try grader.grade(question, answer: text)
        } catch {
            return style.warn(String(describing: error))
        }
        run.attempts += 1
        self.run = run
        lastGraded = (question, verdict)
        if let recorder {
            do {
                try recorder.record(question: question, response: text, outcome: verdict.verdict.rawValue, score: verdict.score,
                                    rating: LearningPolicy.reviewRating(verdict.verdict, hintsUsed: run.hints, attempt: run.attempts),
                                    hintsUsed: run.hints, attempt: run.attempts,
                                    seconds: Double(clock.now() - run.shownAt) / 1_000_000, mode: run.mode)
            } catch {
                return style.bad("Your answer could not be saved, so it was not graded: \(error)")
            }
        }
        var lines = [style.wrap(label(verdict) + " " + verdict.feedback, indent: "  ")]
        if verdict.verdict == .correct || verdict.verdict == .partial {
            lines.append("\n" + advance(from: run.step + 1))
        } else if run.attempts >= Self.maxAttempts {
            lines.append(style.wrap("The answer: " + presenter.answer(question), indent: "  "))
            lines.append("\n" + advance(from: run.step + 1))
        } else {
            lines.append(style.dim("Try again, or type hint, skip or why."))
        }
        return lines.joined(separator: "\n")
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
        guard let run, let question = currentQuestion else { return "Nothing to skip." }
        do {
            try recorder?.recordSkip(question: question, hintsUsed: run.hints, mode: run.mode,
                                    rating: LearningPolicy.skipRating)
        } catch {
            return style.bad("Could not save the skip: \(error)")
        }
        return style.wrap(style.dim("Skipped. The answer: ") + presenter.answer(question), indent: "  ") + "\n\n"
            + advance(from: run.step + 1)
    }

    func why() -> String {
        if let quizRun, quizRun.quiz.feedback != .immediate {
            return "why is not available in this quiz: verdicts come " + (quizRun.quiz.feedback == .after ? "when you submit." : "from your instructor.")
        }
        if let (question, verdict) = lastGraded { return presenter.explain(verdict, question: question) }
        return currentQuestion == nil ? "Nothing answered yet." : "Answer first, then why explains the verdict. Stuck? Type hint."
    }
}
