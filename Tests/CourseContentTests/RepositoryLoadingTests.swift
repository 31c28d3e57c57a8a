import Testing
@testable import MootContent
@testable import MootModel

/// The repository's own course loads cleanly and is looked up as the tutor does.
@Suite struct RepositoryLoadingTests {
    @Test func theRepositoryCourseLoadsAndIsClean() throws {
        let (course, diagnostics) = CourseLoader.loadReportingAll(root: RepositoryCourse.root)
        // No errors; warnings (lessons 2–10 not yet annotated with 'teaches:') are reported, not fatal.
        #expect(diagnostics.filter { $0.severity == .error }.map(\.description) == [])
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
}
