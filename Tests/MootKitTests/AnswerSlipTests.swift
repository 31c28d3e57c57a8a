import Testing
@testable import MootGrading
@testable import MootModel

/// Report 24, item 8: a one-letter slip in a kind word or in true/false is read as the word meant, as slips in
/// free answers are; a word too short or too far to be a slip is still refused.
@Suite struct AnswerSlipTests {
    @Test func aKindWordWithOneSlipIsThatKind() {
        #expect(Grader.kindSlip("objction") == .objection)
        #expect(Grader.kindSlip("replly") == .reply)
        #expect(Grader.kindSlip("premsie") == .premise)
        #expect(Grader.kindSlip("evidense") == .evidence)
        #expect(Grader.kindSlip("counterargumnt") == .counterargument)
    }

    @Test func aShortOrDistantWordIsNoKind() {
        #expect(Grader.kindSlip("lwa") == nil, "three letters: too short to read as a slip")
        #expect(Grader.kindSlip("objctin") == nil, "two edits")
        #expect(Grader.kindSlip("banana") == nil)
        #expect(Grader.kindSlip("obj3ction") == nil, "not a word")
    }

    @Test func trueOrFalseWithOneSlipIsRead() {
        #expect(Grader.trueFalse("flase")?.given == false)
        #expect(Grader.trueFalse("fasle, because the label is not authority")?.given == false)
        #expect(Grader.trueFalse("fasle, because the label is not authority")?.reason == "because the label is not authority")
        #expect(Grader.trueFalse("ture")?.given == true)
        #expect(Grader.trueFalse("tru")?.given == true)
        #expect(Grader.trueFalse("maybe") == nil)
        #expect(Grader.trueFalse("fa") == nil)
    }
}
