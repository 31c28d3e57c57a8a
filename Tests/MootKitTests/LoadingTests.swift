import Testing
@testable import MootContent
@testable import MootGrading
@testable import MootModel
@testable import MootPresentation
@testable import MootQuiz
@testable import MootReview
@testable import MootSession
@testable import MootStore
@testable import MootSupport

@Suite struct LoadingTests {
    @Test func theFixtureLoadsWithoutDiagnostics() throws {
        let fixture = try Fixture()
        #expect(fixture.diagnostics.isEmpty)
        let course = try CourseLoader.load(root: fixture.root)
        #expect(course.title == "Fixture course")
        #expect(course.lessons.map(\.id) == ["one"])
        #expect(course.lessons[0].steps.count == 3)
        #expect(course.question("q2")?.kind == .truefalse)
        #expect(course.map.thesis?.id == "thesis")
        #expect(course.map.edges(to: "objection").map(\.from) == ["reply"])
    }

    @Test func theRepositoryCourseLoadsAndIsClean() throws {
        let (course, diagnostics) = CourseLoader.loadReportingAll(root: RepositoryCourse.root)
        #expect(diagnostics.map(\.description) == [])
        let loaded = try #require(course)
        #expect(!loaded.lessons.isEmpty)
        #expect(loaded.citation.author.contains("Pedrozo"))
        #expect(loaded.citation.date == "21 April 2025")
        #expect(loaded.map.thesis != nil)
    }

    @Test func lessonsAreFoundByNumberIdOrPrefix() {
        let course = RepositoryCourse.course
        let first = course.lessons[0]
        #expect(course.lesson("1")?.id == first.id)
        #expect(course.lesson(first.id)?.id == first.id)
        #expect(course.lesson(String(first.id.prefix(4)))?.id == first.id)
        #expect(course.lesson("99") == nil)
        #expect(course.lesson("nonsense") == nil)
    }

    @Test func positionsAreRecordedForNodesAndQuestions() throws {
        let course = try CourseLoader.load(root: try Fixture().root)
        #expect(course.map["objection"]?.location.line == 10)
        #expect(course.question("q1")?.location.line == 8)
        #expect(course.question("q1")?.location.file == "Lessons/01-one.yaml")
    }
}
