import Testing
@testable import MootModel
@testable import MootPresentation

/// A revealed answer shows a rubric group as one point ("one of: …"), not every node of it in full.
@Suite struct RevealedGroupTests {
    @Test func aGroupIsShownAsOnePoint() throws {
        let question = try #require(RepositoryCourse.course.question("conclusion-explain"))
        let shown = QuestionPresenter(map: RepositoryCourse.course.map, style: Style(color: false)).revealed(question, lead: "The answer: ")
        #expect(shown.components(separatedBy: "one of: ").count == 3, "\(shown)")
        #expect(shown.components(separatedBy: "In full: ").count == 2, "\(shown)")
    }
}
