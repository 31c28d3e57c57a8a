import Testing
@testable import MootContent
@testable import MootModel

/// The bad input `moot check` refuses at the line it was written on: a cite naming a paragraph the article does
/// not have, a rubric criterion with no node or no points, a linked group of premises that supports nothing.
@Suite struct ContentCheckTests {
    /// The fixture's article with one counted section the map's nodes do not use (so no node needs a paragraph).
    static let course = Fixture.course.replacingOccurrences(
        of: "  published: 2025-01-01",
        with: "  published: 2025-01-01\n  sections:\n    - {id: SH, title: \"Self-Help\", paragraphs: 4}")

    static func diagnostics(cite: String) throws -> [Diagnostic] {
        let lesson = Fixture.lesson.replacingOccurrences(of: "    cite: Author 2025", with: "    cite: '\(cite)'")
        return try Fixture(course: course, lesson: lesson).diagnostics
    }

    /// The warnings `moot check` gives about a cite's style (the fixture has other warnings, on teaching order).
    static func citeWarnings(cite: String) throws -> [Diagnostic] {
        let lesson = Fixture.lesson.replacingOccurrences(of: "    cite: Author 2025", with: "    cite: '\(cite)'")
        let fixture = try Fixture(course: course, lesson: lesson)
        return CourseLoader.loadReportingAll(root: fixture.root).1.filter { $0.severity == .warning && $0.message.hasPrefix("the cite") }
    }

    @Test func aCiteOfAParagraphTheSectionHasPasses() throws {
        for cite in ["Author 2025, \"Self-Help\", para. 4", "Author 2025, \"Self-Help\", paras. 2–4", "Author 2025, SH, para. 1",
                     "Author 2025, whole article",
                     "Nicaragua, ICJ Reports 1986, para. 195; Author 2025, \"Self-Help\", paras. 1 and 3"] {
            let diagnostics = try Self.diagnostics(cite: cite)
            #expect(diagnostics.isEmpty, "\(cite): \(diagnostics.map(\.description))")
        }
    }

    @Test func aCiteOfAParagraphTheArticleDoesNotHaveIsAnErrorAtTheCite() throws {
        let beyond = try Self.diagnostics(cite: "Author 2025, \"Self-Help\", paras. 2–5")
        #expect(beyond.map(\.message) == ["the cite names paragraph 5 of SH (“Self-Help”), which has 4"])
        #expect(beyond.first?.location.line == 7 && beyond.first?.location.column == 11, "\(beyond.map(\.description))")
        let ordinal = try Self.diagnostics(cite: "Author 2025, \"Self-Help\", fifth to eighth paragraphs").filter { $0.severity == .error }
        #expect(ordinal.map(\.message) == ["the cite names paragraph 5, 6, 7, 8 of SH (“Self-Help”), which has 4"])
        let unknown = try Self.diagnostics(cite: "Author 2025, \"Self Hlp\", para. 1")
        #expect(unknown.count == 1 && unknown[0].message.contains("'Self Hlp', which is not a section of the article"))
        let noSection = try Self.diagnostics(cite: "Author 2025, para. 2")
        #expect(noSection.count == 1 && noSection[0].message.contains("without saying which section"))
    }

    /// One style for the article's paragraphs: the other ways the reader understands are warnings at the cite.
    @Test func aCiteInAnotherParagraphStyleIsAWarning() throws {
        let cases = ["Author 2025, \"Self-Help\", third paragraph": "writes 'third paragraph': write paragraphs as 'para. 3' or 'paras. 5–8'",
                     "Author 2025, \"Self-Help\", para 2": "writes 'para 2' without a point: write 'para. N'",
                     "Author 2025, SH para. 1": "runs the section into its paragraph ('SH para.'): put a comma between them, as in 'Intro, para. 2'",
                     "Author 2025, \"Self-Help\" paras. 1–2": "runs the section into its paragraph ('\" paras.'): put a comma between them, as in 'Intro, para. 2'"]
        for (cite, message) in cases {
            let warnings = try Self.citeWarnings(cite: cite)
            #expect(warnings.map(\.message) == ["the cite " + message], "\(cite)")
            #expect(warnings.allSatisfy { $0.location.line == 7 })
        }
        // Another source's paragraphs are its own business: only the parts naming the article's author are read.
        #expect(try Self.citeWarnings(cite: "Author 2025, SH, para. 1; Nicaragua para 191").isEmpty)
        #expect(try Self.citeWarnings(cite: "Author 2025, \"Self-Help\", paras. 2–4").isEmpty)
    }

    @Test func aCiteTooLongToBeACiteIsRefusedQuickly() throws {
        let start = ContinuousClock.now
        let huge = try Self.diagnostics(cite: "Author 2025, " + String(repeating: "SH para. 2, ", count: 50_000))
        #expect(huge.map(\.message) == ["the cite is 600012 characters long: a cite names its sources in at most 2000 characters (the text goes in 'say')"])
        let long = "Author 2025, " + String(repeating: "\"Self-Help\" SH para. 2, ", count: 80)
        #expect(ArticleCite.problems(in: long, author: "A. Author", sections: [ArticleSection(id: "SH", title: "Self-Help", paragraphs: 4)]).isEmpty)
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func aQuestionCiteIsCheckedToo() throws {
        let lesson = Fixture.lesson.replacingOccurrences(of: "    nodes: [thesis]\n", with: "    nodes: [thesis]\n    cite: Author 2025, SH para. 9\n")
        let diagnostics = try Fixture(course: Self.course, lesson: lesson).diagnostics
        #expect(diagnostics.map(\.message) == ["the cite names paragraph 9 of SH (“Self-Help”), which has 4"])
        #expect(diagnostics.first?.location == SourceLocation(file: "Lessons/01-one.yaml", line: 12, column: 11), "\(diagnostics.map(\.description))")
    }

    /// The 1-based line of the first line holding `text`.
    static func line(of text: String, in file: String) -> Int? {
        file.components(separatedBy: "\n").firstIndex { $0.contains(text) }.map { $0 + 1 }
    }

    static let explain = """
          - id: q3
            kind: explain
            prompt: Why?
            rubric:
              - node: thesis
                weight: 2
              - node: reply
                weight: WEIGHT
            hints: [One, Two]
        """

    @Test func aRubricCriterionWithNoPointsOrNoNodeIsAnErrorAtTheCriterion() throws {
        let zero = try Fixture(lesson: Fixture.lesson + "\n" + Self.explain.replacingOccurrences(of: "WEIGHT", with: "0")).diagnostics
        #expect(zero.map(\.message) == ["rubric criterion 'reply' gives no points (weight 0): its weight must be above 0, or the criterion removed"])
        #expect(zero.first?.location.line == Self.line(of: "weight: 0", in: Fixture.lesson + "\n" + Self.explain.replacingOccurrences(of: "WEIGHT", with: "0")))
        let noNode = Self.explain.replacingOccurrences(of: "      - node: reply\n        weight: WEIGHT", with: "      - weight: 1")
        let missing = try Fixture(lesson: Fixture.lesson + "\n" + noNode).diagnostics
        #expect(missing.map(\.message) == ["a rubric criterion names no node: add 'node: ID' (the point of the map it grades)"])
        #expect(missing.first?.location.line == Self.line(of: "- weight: 1", in: Fixture.lesson + "\n" + noNode), "\(missing.map(\.description))")
        let empty = Self.explain.replacingOccurrences(of: "      - node: reply\n        weight: WEIGHT", with: "      - ''")
        #expect(try Fixture(lesson: Fixture.lesson + "\n" + empty).diagnostics.map(\.message).first?.hasPrefix("a rubric criterion names no node") == true)
    }

    /// The fixture map with a premise, so a linked group can be written.
    static func map(edge: String) -> String {
        Fixture.map.replacingOccurrences(of: "edges:\n", with: """
              - id: premise
                kind: premise
                title: A premise
                text: The attack was grave.
                section: Intro
                accept:
                  phrases: [attack grave]
            edges:
              - \(edge)

            """)
    }

    @Test func aLinkedGroupThatSupportsNothingIsAnErrorAtItsLine() throws {
        let unknown = try Fixture(map: Self.map(edge: "premise+reply supports nowhere")).diagnostics
        #expect(unknown.map(\.message) == ["the linked group 'premise+reply' supports nothing: unknown node 'nowhere'"], "said once, not per premise")
        #expect(unknown.first?.location.line == Self.line(of: "premise+reply supports nowhere", in: Self.map(edge: "premise+reply supports nowhere")))
        let noTarget = try Fixture(map: Self.map(edge: "premise+reply supports")).diagnostics
        #expect(noTarget.first?.message == "the linked group 'premise+reply' supports nothing: write 'A+B supports C' with the node it supports")
        #expect(noTarget.first?.location.line == Self.line(of: "premise+reply supports", in: Self.map(edge: "premise+reply supports")))
        #expect(try Fixture(map: Self.map(edge: "premise+objection supports thesis")).diagnostics.isEmpty == false,
                "an objection cannot support the thesis, linked or not")
    }
}
