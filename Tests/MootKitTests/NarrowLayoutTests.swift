import Testing
@testable import MootContent
@testable import MootModel
@testable import MootPresentation
@testable import MootSession

/// At 40 columns (issue 12, point 6): the prompt leaves room to type, addresses and titles wrap under an indent,
/// continuation lines start where their text does, and the map says in one line what it hides.
@Suite struct NarrowLayoutTests {
    let narrow = Style(color: false, width: 40)

    @Test func thePromptKeepsAtMostAThirdOfANarrowLine() {
        let wide = QuestionPrompt.text(run: "unit-orientation", position: 2, of: 9, secondsLeft: 895, width: 100)
        #expect(wide == "unit-orientation 2/9 14:55 left> ")
        let small = QuestionPrompt.text(run: "unit-orientation", position: 2, of: 9, secondsLeft: 895, width: 40)
        #expect(Style.displayWidth(small) <= 40 / 3)
        #expect(small.hasPrefix("2/9 14:55"))
        #expect(QuestionPrompt.text(run: "orientation", position: 1, of: 14, secondsLeft: nil, width: 40) == "1/14> ")
    }

    @Test func anAddressTooLongForTheLineBreaksAfterASlashUnderTheIndent() {
        let url = "https://lieber.westpoint.edu/cross-border-drone-strikes-against-mexican-drug-cartels"
        let lines = narrow.wrap("  in the article: Conclusion, para. 1 of 2 — " + url, indent: "  ").split(separator: "\n")
        #expect(lines.allSatisfy { Style.displayWidth($0) <= 40 }, "\(lines)")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  ") && !$0.hasPrefix("   ") })
        #expect(lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ").replacingOccurrences(of: "/ ", with: "/")
            .replacingOccurrences(of: "- ", with: "-").contains(url))
        // An ordinary long word is still never broken.
        #expect(narrow.wrap("a " + String(repeating: "x", count: 50) + " b").split(separator: "\n").count == 3)
    }

    @Test func aQuotedStatementContinuesUnderItsText() throws {
        let course = try CourseLoader.load(root: try Fixture().root)
        let node = try #require(course.map["objection"])
        let question = Question(id: "c", lesson: "one", prompt: "What kind?", body: .classify, nodes: [node.id], hints: [],
                                explanation: nil, location: node.location)
        let long = ArgumentMap(nodes: course.map.nodes.map { var copy = $0; copy.text = String(repeating: "word ", count: 20); return copy },
                               edges: course.map.edges)
        let lines = QuestionPresenter(map: long, style: narrow).render(question).split(separator: "\n")
        let quoted = try #require(lines.firstIndex { $0.hasPrefix("  » ") })
        #expect(lines[quoted + 1].hasPrefix("    word"), "\(lines)")
    }

    @Test func theMapSaysInOneLineWhatItHides() throws {
        let course = try CourseLoader.load(root: try Fixture().root)
        let tree = MapTree(map: course.map, style: narrow, hidden: ["objection"], showIDs: false).render()
        #expect(!tree.contains("An objection"))
        // What hangs on a hidden part is not drawn either.
        #expect(!tree.contains("A reply"))
        #expect(tree.components(separatedBy: "hidden,").count == 2)
        #expect(tree.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .contains("1 part hidden, with what hangs on it, until you answer the question that asks about it."))
        #expect(!MapTree(map: course.map, style: narrow).render().contains("hidden"))
    }

    @Test func theRubricHasNoStrayIndentAndWritesPercentWithoutASpace() throws {
        let course = try CourseLoader.load(root: try Fixture().root)
        let question = Question(id: "e", lesson: "one", prompt: "Explain.", body: .explain(rubric: [
            .init(node: "thesis", weight: 1), .init(node: "objection", weight: 1)], pass: 1), nodes: ["thesis", "objection"],
            hints: [], explanation: nil, location: course.map.nodes[0].location)
        let rubric = try #require(QuestionPresenter(map: course.map, style: narrow).rubric(question))
        #expect(rubric.replacingOccurrences(of: "\n", with: " ").contains("full credit from 100% of the points;"))
        let lines = rubric.split(separator: "\n")
        let bullet = try #require(lines.firstIndex { $0.hasPrefix("  • ") })
        // The heading's own continuation lines start at the margin, not four columns in.
        #expect(lines[1..<bullet].allSatisfy { !$0.hasPrefix(" ") }, "\(lines)")
    }

    @Test func theRetryLineContinuesUnderTheFeedback() throws {
        let session = Session(course: try CourseLoader.load(root: try Fixture().root), style: narrow)
        _ = session.handle("start 1")
        let lines = session.handle("the moon").split(separator: "\n")
        let retry = try #require(lines.firstIndex { $0.hasPrefix("Try again") })
        #expect(lines[(retry + 1)...].allSatisfy { $0.hasPrefix("  ") }, "\(lines)")
        let shown = session.handle("why").split(separator: "\n")
        let note = try #require(shown.firstIndex { $0.hasPrefix("That shows the answer") })
        // The note's continuation lines are indented, up to the question shown again under it.
        let again = try #require(shown.firstIndex { $0 == "What is the thesis?" })
        #expect(again > note)
        #expect(shown[(note + 1)..<again].allSatisfy { $0.hasPrefix("  ") }, "\(shown)")
        #expect(shown.last == "(a few words)")
    }
}
