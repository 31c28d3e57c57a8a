import Foundation
import Testing

/// Report 24, item 7: a try made before Ctrl-D stands after `continue`. It stays the question's first try, so the
/// lesson's ending and `progress` give one count, and the answer after the restart is a further try.
@Suite struct ResumeMidQuestionTests {
    @Test func aTryBeforeCtrlDIsTheFirstTryAfterContinue() throws {
        let state = try Paths.scratch()
        // Lesson 2's question 8 (put three events in order): a partly right order, then end of input (Ctrl-D).
        let before = ["start 2"] + Array(repeating: "skip", count: 7) + ["a b c"]
        _ = try runMoot([], input: before.joined(separator: "\n") + "\n", state: state)
        let after = ["continue", "b a c"] + Array(repeating: "skip", count: 12) + ["quit"]
        let run = try runMoot([], input: after.joined(separator: "\n") + "\n", state: state)
        let flat = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("You tried this one once before you stopped; that first try is what counts. 2 more tries"))
        #expect(flat.contains("✓ correct Right: that is the order."))
        #expect(flat.contains("First try: 0 right, 20 missed of 20 (1 of them partly right). First-try score 3%"))
        let progress = try runMoot(["progress", "--json"], state: state)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(progress.stdout.utf8)) as? [String: Any])
        let lesson = try #require((json["lessons"] as? [[String: Any]])?.first { $0["id"] as? String == "precedent" })
        #expect(lesson["firstTryRight"] as? Int == 0)
        #expect(lesson["firstTryPartly"] as? Int == 1)
        #expect(lesson["firstTryMissed"] as? Int == 20)
    }

    /// The same in review: the try before Ctrl-D stands, so the answer after `continue` is the second try.
    @Test func aReviewTryBeforeCtrlDStandsAfterContinue() throws {
        let state = try Paths.scratch()
        let before = ["start 1"] + Array(repeating: "skip", count: 14) + ["review", "the moon is made of cheese"]
        _ = try runMoot([], input: before.joined(separator: "\n") + "\n", state: state)
        let run = try runMoot([], input: "continue\nthe moon is made of cheddar\nquit\n", state: state)
        let flat = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Review: picking up at question 1 of"))
        #expect(flat.contains("You tried this one once before you stopped"))
        #expect(flat.contains("Try again (1 more)"))
    }
}
