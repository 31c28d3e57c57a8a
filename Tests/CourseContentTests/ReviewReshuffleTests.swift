import Foundation
import Testing
@testable import MootModel
@testable import MootPresentation
@testable import MootSession
@testable import MootStore

/// A choice question review brings back shows its options in a new order, the same on every try at that showing,
/// and the letters on screen are what is graded.
@Suite struct ReviewReshuffleTests {
    @Test func reviewShowsAChoiceInANewOrderAndGradesTheLettersOnScreen() throws {
        let store = try Store(url: try StoreTests.folder().appendingPathComponent("moot.sqlite"))
        let session = Session(course: RepositoryCourse.course, style: Style(color: false, width: 100))
        session.student = "ada"
        session.recorder = LearnerRecord(store: store, learner: try store.learner(named: "ada", create: true), course: RepositoryCourse.course)
        _ = session.handle("start 1")
        var lessonOrder: [Int]?
        var target: Question?
        while let question = session.currentQuestion {
            if target == nil, case let .choice(choices) = question.body, choices.filter(\.correct).count == 1 {
                (target, lessonOrder) = (question, session.choiceOrder(question))
            }
            _ = session.handle("skip")
        }
        let question = try #require(target)
        #expect(lessonOrder == Session.choiceOrder(question, learner: "ada", showing: 0))
        _ = session.handle("review all")
        while let current = session.currentQuestion, current.id != question.id { _ = session.handle("skip") }
        #expect(session.currentQuestion?.id == question.id)
        let reviewOrder = try #require(session.choiceOrder(question))
        #expect(reviewOrder == Session.choiceOrder(question, learner: "ada", showing: 1))
        #expect(reviewOrder != lessonOrder)
        // The letter of the right option as review shows it is right.
        guard case let .choice(choices) = question.body else { return }
        let letter = QuestionLayout.letter(reviewOrder.firstIndex { choices[$0].correct }!)
        #expect(session.handle(letter).contains("✓ correct"))
    }
}
