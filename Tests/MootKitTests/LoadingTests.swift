import Testing
@testable import MootContent

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

    @Test func positionsAreRecordedForNodesAndQuestions() throws {
        let course = try CourseLoader.load(root: try Fixture().root)
        #expect(course.map["objection"]?.location.line == 10)
        #expect(course.question("q1")?.location.line == 8)
        #expect(course.question("q1")?.location.file == "Lessons/01-one.yaml")
    }
}
