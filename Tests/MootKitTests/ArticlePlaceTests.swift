import Testing
@testable import MootContent
@testable import MootModel
@testable import MootPresentation

/// A node from the article says which paragraph of which section; the check holds that to the article's shape, and
/// `map NODE` tells the learner where to read.
@Suite struct ArticlePlaceTests {
    static let course = Fixture.course.replacingOccurrences(
        of: "  published: 2025-01-01",
        with: "  published: 2025-01-01\n  url: https://example.org/article\n  sections:\n    - {id: Intro, title: Opening, paragraphs: 2}")

    static func fixture(thesisParagraph: String) throws -> Fixture {
        let map = Fixture.map.replacingOccurrences(of: "    text: Strikes may be lawful self-defence.\n    section: Intro",
                                                   with: "    text: Strikes may be lawful self-defence.\n    section: Intro\n    paragraph: \(thesisParagraph)")
            .replacingOccurrences(of: "    section: Intro\n", with: "    section: scholarship\n")
            .replacingOccurrences(of: "    section: scholarship\n    paragraph:", with: "    section: Intro\n    paragraph:")
        return try Fixture(course: course, map: map)
    }

    @Test func aParagraphTheSectionHasIsShownWithTheAddress() throws {
        let fixture = try Self.fixture(thesisParagraph: "2")
        #expect(fixture.diagnostics.isEmpty, "\(fixture.diagnostics.map(\.description))")
        let course = try CourseLoader.load(root: fixture.root)
        let tree = MapTree(map: course.map, style: Style(color: false, width: 200), citation: course.citation)
        #expect(tree.render(around: "thesis")?.contains("in the article: Opening, para. 2 of 2 — https://example.org/article") == true)
        #expect(tree.render(around: "objection")?.contains("in the article") == false, "scholarship is not in the article")
    }

    @Test func aParagraphBeyondTheSectionOrAMissingOneIsAnError() throws {
        let beyond = try Self.fixture(thesisParagraph: "9").diagnostics
        #expect(beyond.map(\.message) == ["node 'thesis' cites paragraph 9 of Intro, which has 2"])
        let map = Fixture.map
        let missing = try Fixture(course: Self.course, map: map).diagnostics
        #expect(missing.contains { $0.message == "node 'thesis' is from the article's Intro section but gives no 'paragraph' (1–2)" })
    }
}

/// Dates keep what the author could know apart from what came later, and the timeline shows the line between them.
@Suite struct TimelineTests {
    static func fixture(objection extra: String) throws -> Fixture {
        let map = Fixture.map.replacingOccurrences(of: "    speaker: Someone", with: "    speaker: Someone\n" + extra)
        return try Fixture(map: map)
    }

    @Test func laterEventsComeAfterThePublicationLine() throws {
        let fixture = try Self.fixture(objection: "    after: 2025-06-01")
        #expect(fixture.diagnostics.isEmpty, "\(fixture.diagnostics.map(\.description))")
        let course = try CourseLoader.load(root: fixture.root)
        let text = Timeline(map: course.map, citation: course.citation).render(style: Style(color: false, width: 200), citation: course.citation)
        let line = try #require(text.range(of: "the article is published"))
        let event = try #require(text.range(of: "2025-06-01"))
        #expect(line.upperBound < event.lowerBound)
    }

    @Test func aDateAfterTheArticleMustBeMarkedAsLater() throws {
        #expect(try Self.fixture(objection: "    when: '2025-06'").diagnostics.map(\.message)
                == ["node 'objection' is dated 2025-06, after the article (2025-01-01): mark it 'after:' as a later event"])
        #expect(try Self.fixture(objection: "    after: 2024-12-31").diagnostics.first?.message.hasPrefix("'after' is the date") == true)
        #expect(try Self.fixture(objection: "    when: sometime").diagnostics.first?.message.contains("does not start with a year") == true)
    }
}
