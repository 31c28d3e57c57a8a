import Testing
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
}
