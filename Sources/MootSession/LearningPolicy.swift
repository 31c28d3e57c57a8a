import MootGrading
import MootReview

/// moot's learning rule, which FSRS itself does not know: which answers count as reviews, and how they rate.
enum LearningPolicy {
    /// An incorrect answer is Again; a partial answer, or a right one after hints or several tries, is Hard; a
    /// right answer at the first try without hints is Good. (Easy is never inferred.)
    static func rating(_ outcome: Outcome, hintsUsed: Int, attempt: Int) -> Rating {
        switch outcome {
        case .incorrect: .again
        case .partial: .hard
        case .correct: hintsUsed > 0 || attempt > 1 ? .hard : .good
        }
    }

    /// Only the first try at a question in a run is a review; later tries are practice (nil).
    static func reviewRating(_ outcome: Outcome, hintsUsed: Int, attempt: Int) -> Rating? {
        attempt == 1 ? rating(outcome, hintsUsed: hintsUsed, attempt: attempt) : nil
    }

    /// What an answer counts for in the lesson's score and in `progress`, the one rule for both the first try and
    /// the final score: full for an answer shown correct (an explanation that meets the question's pass share is
    /// correct, whatever it leaves out), its share for one partly right, nothing for a wrong one or once the
    /// answer had been shown (a skip is 0 too). So the verdict on screen and the count agree: a credit of 1 is
    /// "right"; anything less is "missed" (one between 0 and 1 is also "partly right").
    static func credit(_ verdict: Verdict, answerShown: Bool) -> Double {
        guard !answerShown else { return 0 }
        switch verdict.verdict {
        case .correct: return 1
        case .partial: return min(max(verdict.score, 0.01), 0.99)
        case .incorrect: return 0
        }
    }

    /// A skipped question is reviewed as Again.
    static let skipRating = Rating.again
}
