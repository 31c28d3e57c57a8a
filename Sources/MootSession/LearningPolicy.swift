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
    /// the final score: its grade, or nothing once the answer had been shown (a skip is 0 too).
    static func credit(_ score: Double, answerShown: Bool) -> Double { answerShown ? 0 : score }

    /// A skipped question is reviewed as Again.
    static let skipRating = Rating.again
}
