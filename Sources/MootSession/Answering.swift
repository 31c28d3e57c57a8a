import Foundation
import MootContent
import MootGrading
import MootModel
import MootSupport

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
        let given = text.lowercased().split(separator: " ").joined(separator: " ")
        if run.tried.contains(given) && !run.revealed {
            return style.dim("You gave that answer already; try another, or type " + Self.helpAtAQuestion)
        }
        let verdict: Verdict
        do {
            verdict = try grader.grade(question, answer: text, choiceOrder: order)
        } catch {
            return style.warn(String(describing: error))
        }
        if let notice = shownAnswerTypedBack(text, verdict: verdict, run: &run) {
            self.run = run
            return notice
        }
        run.attempts += 1
        run.tried.insert(given)
        lastGraded = (question, verdict)
        // A partly right answer may be tried again, like a wrong one; only a right one closes the question early.
        let closes = verdict.verdict == .correct
        let lastTry = run.attempts >= maxAttempts(question)
        let credit = LearningPolicy.credit(verdict, answerShown: run.revealed)
        if let recorder {
            do {
                let rating = LearningPolicy.reviewRating(verdict.verdict, hintsUsed: run.hintsUsed, attempt: run.attempts)
                try recorder.record(question: question, response: text, outcome: verdict.verdict.rawValue,
                                    score: LearningPolicy.credit(verdict, answerShown: false),
                                    rating: rating, hintsUsed: run.hintsUsed, attempt: run.attempts,
                                    seconds: Double(clock.now() - run.shownAt) / 1_000_000, mode: run.mode,
                                    closedWith: closes || lastTry || run.revealed ? credit : nil)
            } catch {
                run.attempts -= 1
                run.tried.remove(given)
                self.run = run
                return style.bad("Your answer could not be saved, so it was not graded: \(error)")
            }
        }
        if run.attempts == 1 { run.firstTries.append((question, credit)) }
        self.run = run
        if !closes && !lastTry && !run.revealed {
            return [style.wrap(label(verdict) + " " + presenter.diagnosis(verdict, question: question, choiceOrder: order), indent: "  "),
                    style.wrap(style.dim("Try again (\(maxAttempts(question) - run.attempts) more), or type " + Self.helpAtAQuestion), indent: "  ")]
                .joined(separator: "\n")
        }
        // After the answer was shown, a right answer is not called correct: it is the shown answer, worth nothing.
        let heading = !run.revealed || verdict.verdict == .incorrect ? label(verdict)
            : style.dim(verdict.verdict == .correct ? "✓ that is the answer shown" : "◐ part of the answer shown")
        let ahead = nodesAhead()
        // The feedback names the nodes asked for, unless a question ahead asks about one of them: then a right
        // answer is confirmed by the question's own model answer, and another is diagnosed as while tries remain.
        let withheld = presenter.withholdsTitles(question, askedAhead: ahead) ? question.explanation : nil
        let told = if let withheld {
            closes ? "Right: " + withheld : presenter.diagnosis(verdict, question: question, choiceOrder: order, closing: true)
        } else {
            presenter.feedback(verdict, question: question, choiceOrder: order)
        }
        var lines = [style.wrap(heading + " " + told, indent: "  ")]
        // An explain answer is read criterion by criterion, and closes with a model answer (a problem's lesson
        // promises one), which says what a missed criterion's node would; other questions show a missed one's
        // text here unless the answer follows.
        let model = question.kind == .explain ? question.explanation : nil
        if let criteria = presenter.criteria(verdict, question: question, withText: closes && model == nil) { lines.append(criteria) }
        if run.revealed && verdict.verdict != .incorrect {
            lines.append(style.wrap(style.dim("The answer had been shown, so this one counts as missed (score 0); review brings it back."), indent: "  "))
        }
        // A partial answer that closes the question shows the whole answer too (the options it did not find).
        if let model {
            lines.append(style.wrap(style.dim("A model answer: ") + model, indent: "  "))
        } else if verdict.verdict != .correct {
            lines.append(presenter.revealed(question, lead: "The answer: ", choiceOrder: order, withholding: figuresAhead(), askedAhead: ahead))
        }
        run.finals[question.id] = credit
        self.run = run
        let shown = verdict.verdict != .correct || run.revealed || model != nil
        lines.append("\n" + advance(from: run.step + 1, shownBefore: shown ? (question, order) : nil))
        return lines.joined(separator: "\n")
    }

    /// The notice for the answer just shown for the last question typed back at the first try of this one, as a
    /// learner does after a miss or a skip: when it is right for the last question and not for this one, it is
    /// not graded and uses no try (the same answer typed again is). Only at a short, numeric or essay question,
    /// which a letter, a truth value or a kind word cannot fairly answer, and where saying an answer is the last
    /// question's tells no more than a diagnosis would; at a question with options the notice could tell that an
    /// option is wrong. The shown answer typed back at the same question still counts as missed.
    func shownAnswerTypedBack(_ text: String, verdict: Verdict, run: inout Run) -> String? {
        guard verdict.verdict != .correct, run.attempts == 0, let (closed, order) = run.shownBefore,
              let question = currentQuestion, [.short, .numeric, .explain].contains(question.kind) else { return nil }
        let given = text.lowercased().split(separator: " ").joined(separator: " ")
        guard run.noticedTypedBack != given,
              let earlier = try? grader.grade(closed, answer: text, choiceOrder: order), earlier.verdict == .correct else { return nil }
        run.noticedTypedBack = given
        return style.wrap(style.warn("That is the answer to the last question, shown already; this question is still open.")
                          + " That used no try. " + style.dim("(To give it as your answer here, type it again.)"), indent: "  ")
    }

    /// What may be typed instead of an answer, with what each costs, said before any is used.
    static let helpAtAQuestion = "hint, skip (shows the answer) or why (explains your answer and shows the answer; "
        + "the question then counts as missed)."

    /// Tries before the answer is shown. True or false, or a choice of two, gets one: a wrong first try would
    /// leave only the answer. A single-answer choice gets fewer tries than it has options, so the last try is
    /// never a pick by elimination.
    func maxAttempts(_ question: Question) -> Int {
        switch question.body {
        case .truefalse: return 1
        case .choice(let choices) where choices.count <= 2: return 1
        case .choice(let choices) where choices.filter(\.correct).count == 1: return min(Self.maxAttempts, choices.count - 1)
        default: return Self.maxAttempts
        }
    }

    /// A single word at a question that is not an answer the grader credits but is one slip from a command's
    /// name ("hnit", "mpa", "reveiw") gets "did you mean …?" and uses no try (in a quiz, is not saved); the same
    /// word typed again is taken as the answer. Nil when the line is to be graded.
    func strayCommand(_ line: String) -> String? {
        guard var run, let question = currentQuestion else { return nil }
        let word = line.lowercased()
        guard run.strayWord != word, let command = Self.commandSlip(word) else { return nil }
        if let verdict = try? grader.grade(question, answer: line, choiceOrder: choiceOrder(question)), verdict.verdict != .incorrect {
            return nil
        }
        run.strayWord = word
        self.run = run
        // In a quiz an answer cannot be taken back, so it is not saved either.
        let cost = quizRun == nil ? "That used no try" : "It was not saved as your answer"
        return style.wrap(style.warn("‘\(word)’ is not a command") + " (did you mean \(style.accent(command))?). \(cost); "
                          + "type it again to give it as your answer.", indent: "  ")
    }

    /// The command a word is one slip from (two for a long word): a letter wrong, missing, extra or two swapped.
    /// Short words and letters ("a", "c", "t") are answers, never slips.
    static func commandSlip(_ word: String) -> String? {
        guard word.count >= 3, word.allSatisfy(\.isLetter), Command(rawValue: word) == nil else { return nil }
        let allowed = word.count >= 6 ? 2 : 1
        return Command.allCases.map(\.rawValue)
            .map { ($0, EditDistance.between(word, $0, limit: allowed)) }
            .filter { $0.1 <= allowed }
            .min { $0.1 < $1.1 }?.0
    }

    /// The order a learner sees a choice question's options in: the quiz's, or one shuffled for this learner,
    /// question and showing (the same on every try at one showing, anew when review brings it back).
    func choiceOrder(_ question: Question) -> [Int]? {
        if let quizRun { return quizRun.quiz.choiceOrder(question, for: quizRun.student) }
        let showing = currentQuestion?.id == question.id ? run?.showing ?? 0 : 0
        return Self.choiceOrder(question, learner: student, showing: showing)
    }

    /// The order one learner sees a choice question's options in outside quizzes, at its `showing`-th showing
    /// (0 the first): reproducible for that learner, question and showing, and reshuffled at each showing so
    /// review cannot be answered from the letter remembered. `moot questions` and `moot answer` use the first.
    public static func choiceOrder(_ question: Question, learner: String, showing: Int = 0) -> [Int]? {
        guard case let .choice(choices) = question.body else { return nil }
        return Quiz.choiceOrder(count: choices.count, question: showing == 0 ? question.id : "\(question.id)#\(showing)",
                                shuffle: true, seed: "moot", student: learner)
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
            // A skip after a first try is not a second review (the first try was), but it closes with no credit.
            try recorder?.recordSkip(question: question, hintsUsed: run.hintsUsed, mode: run.mode,
                                     rating: run.attempts == 0 ? LearningPolicy.skipRating : nil)
        } catch {
            return style.bad("Could not save the skip: \(error)")
        }
        if run.attempts == 0 { run.firstTries.append((question, 0)) }
        run.finals[question.id] = 0
        self.run = run
        let order = choiceOrder(question)
        var lines = [presenter.revealed(question, lead: style.dim("Skipped. The answer: "), choiceOrder: order,
                                        withholding: figuresAhead(), askedAhead: nodesAhead())]
        if case let .truefalse(_, why?) = question.body { lines.append(style.wrap("  " + why, indent: "  ")) }
        return lines.joined(separator: "\n") + "\n\n" + advance(from: run.step + 1, shownBefore: (question, order))
    }

    /// `why` in a quiz: its explanation names the answer, and one question's answer can give away another's.
    static func whyInAQuiz(_ feedback: FeedbackPolicy) -> String {
        feedback == .none ? "why is not available in this quiz: verdicts come from your instructor."
            : "why is not available during a quiz: it names the answer, which can give away another question. "
                + "The end of the quiz shows each right answer."
    }

    func why() -> String {
        if let quizRun { return Self.whyInAQuiz(quizRun.quiz.feedback) }
        guard let (question, verdict) = lastGraded else {
            return currentQuestion == nil ? "Nothing answered yet." : "Answer first, then why explains the verdict. Stuck? Type hint."
        }
        // `why` on a question still open shows the answer: from here on it counts as missed.
        if quizRun == nil, var run, currentQuestion?.id == question.id, !run.revealed {
            run.revealed = true
            self.run = run
            return presenter.explain(verdict, question: question) + "\n"
                + presenter.revealed(question, lead: style.dim("The answer: "), choiceOrder: choiceOrder(question), withholding: figuresAhead(), askedAhead: nodesAhead()) + "\n"
                + style.wrap(style.dim("That shows the answer, so this question counts as missed. Answer to go on, or skip."), indent: "  ")
        }
        return presenter.explain(verdict, question: question)
    }
}
