import Testing
@testable import MootPresentation
@testable import MootGrading
@testable import MootSession

@Suite struct LearningPolicyTests {
    @Test func theRatingFollowsFromTheOutcome() {
        #expect(LearningPolicy.rating(.incorrect, hintsUsed: 0, attempt: 1) == .again)
        #expect(LearningPolicy.rating(.partial, hintsUsed: 0, attempt: 1) == .hard)
        #expect(LearningPolicy.rating(.correct, hintsUsed: 1, attempt: 1) == .hard)
        #expect(LearningPolicy.rating(.correct, hintsUsed: 0, attempt: 2) == .hard)
        #expect(LearningPolicy.rating(.correct, hintsUsed: 0, attempt: 1) == .good)
    }

    @Test func onlyTheFirstTryIsAReview() {
        #expect(LearningPolicy.reviewRating(.correct, hintsUsed: 0, attempt: 1) == .good)
        #expect(LearningPolicy.reviewRating(.correct, hintsUsed: 0, attempt: 2) == nil)
        #expect(LearningPolicy.skipRating == .again)
    }

    /// The credit follows the verdict on screen: an explanation shown correct at 2 of 3 criteria counts as right,
    /// and one shown partly right never counts as right, so "✓ correct" and the lesson's count agree.
    @Test func theCreditFollowsTheVerdictShown() {
        func verdict(_ outcome: Outcome, _ score: Double) -> Verdict {
            Verdict(question: "q", verdict: outcome, score: score, expected: [], feedback: "")
        }
        #expect(LearningPolicy.credit(verdict(.correct, 0.67), answerShown: false) == 1)
        #expect(LearningPolicy.credit(verdict(.partial, 1), answerShown: false) < 1)
        #expect(LearningPolicy.credit(verdict(.partial, 0.5), answerShown: false) == 0.5)
        #expect(LearningPolicy.credit(verdict(.incorrect, 0.4), answerShown: false) == 0)
        #expect(LearningPolicy.credit(verdict(.correct, 1), answerShown: true) == 0)
    }

    /// "10 right, 4 missed of 14 (1 of them partly right)": one measure of missed (not right at the first try,
    /// partly right included), so right and missed add up to the total; with the partly right one at half the
    /// first-try score is 75 %, as the same line says.
    @Test func theFirstTryCountIsSaidSoItsFiguresAgree() {
        let credits = Array(repeating: 1.0, count: 10) + [0.5] + Array(repeating: 0.0, count: 3)
        let tally = FirstTryTally(credits)
        #expect(tally.words == "10 right, 4 missed of 14 (1 of them partly right)")
        #expect(tally.right + tally.missed == credits.count)
        #expect(Int((credits.reduce(0, +) / Double(credits.count) * 100).rounded()) == 75)
        #expect(FirstTryTally([1, 1]).words == "2 right, 0 missed of 2")
        #expect(FirstTryTally([1, 0.5]).words == "1 right, 1 missed of 2 (partly right)")
    }
}
