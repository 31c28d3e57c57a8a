import Testing
@testable import MootModel
@testable import MootSession

/// Which answers typed right after a quiz question closed may read as its answer typed back (report 24, item 1):
/// a free-text answer at any question; a truth value or option letters only at a free-text question, never at
/// another question with options, where they may be the answer meant.
@Suite struct RetypedAnswerKindsTests {
    @Test func truthValuesAndLettersAreReadAsTypedBackOnlyAtFreeTextQuestions() {
        for closed in [QuestionKind.truefalse, .choice] {
            for open in [QuestionKind.short, .numeric, .explain] {
                #expect(Session.mayReadAsRetyped(closed: closed, open: open), "\(closed) → \(open)")
            }
            for open in [QuestionKind.truefalse, .choice, .classify, .order, .match, .place] {
                #expect(!Session.mayReadAsRetyped(closed: closed, open: open), "\(closed) → \(open)")
            }
        }
    }

    @Test func freeTextAnswersAreReadAsTypedBackAtAnyQuestion() {
        for closed in [QuestionKind.short, .numeric, .explain] {
            for open in QuestionKind.allCases { #expect(Session.mayReadAsRetyped(closed: closed, open: open)) }
        }
        #expect(!Session.mayReadAsRetyped(closed: .classify, open: .short), "a kind word can fairly answer a short question")
    }
}
