import Foundation
import Testing

/// Report 24, item 6: the answer just shown for the last question, typed back at the next one (as a learner does
/// after a miss or a skip), uses no try there and is not counted as its first try.
@Suite struct ShownAnswerTypedBackTests {
    static let essay = "He concedes that the designation is not authority to use force, but adds that self-defence may "
        + "authorise strikes if a cartel uses or threatens force against the United States."

    /// Question 13 (true/false) is missed and its answer shown; "true" typed at the essay after it is the shown
    /// answer, not the essay's first try, so the essay answered next is right at the first try.
    @Test func aShownTruthValueTypedBackAtTheEssayUsesNoTry() throws {
        let input = ["start 1"] + Array(repeating: "skip", count: 12) + ["false", "true", Self.essay, "quit"]
        let run = try runMoot([], input: input.joined(separator: "\n") + "\n")
        let flat = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("The answer: true"))
        #expect(flat.contains("That is the answer to the last question, shown already; this question is still open. That used no try."))
        #expect(!flat.contains("Try again (2 more)"))
        #expect(flat.contains("First try: 1 right, 13 missed of 14."))
    }

    /// The skipped question's answer ("opioids") typed at the question on Sinaloa's methamphetamine; typed again
    /// at once, it is taken as the answer and is that question's first try.
    @Test func aSkippedAnswerTypedBackIsTakenWhenTypedAgain() throws {
        let input = ["start 3"] + Array(repeating: "skip", count: 18) + ["opioids", "opioids", "quit"]
        let run = try runMoot([], input: input.joined(separator: "\n") + "\n")
        let flat = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Skipped. The answer: Over 70 percent from opioids"))
        #expect(flat.components(separatedBy: "That is the answer to the last question").count == 2)
        #expect(flat.contains("Try again (2 more)"))
    }

    /// The shown answer typed back at the same question still counts as missed, as before.
    @Test func theShownAnswerTypedBackAtTheSameQuestionStillCountsAsMissed() throws {
        let input = ["start 1", "an armed attack on the US", "why", "no legal authority", "quit"]
        let run = try runMoot([], input: input.joined(separator: "\n") + "\n")
        let flat = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("The answer had been shown, so this one counts as missed"))
        #expect(!flat.contains("That is the answer to the last question"))
    }
}
