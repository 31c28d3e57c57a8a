import Testing
@testable import MootContent
@testable import MootModel
@testable import MootPresentation
@testable import MootQuiz

/// Premises that support a claim only together ("a+b supports c") are read as one linked group and shown as one in
/// every view of the map; a badly written group is refused at its line.
@Suite struct LinkedPremisesTests {
    static let premises = """
          - id: first
            kind: premise
            title: First premise
            text: One half of the reason.
            section: Intro
            accept:
              phrases: [first half reason]
          - id: second
            kind: premise
            title: Second premise
            text: The other half.
            section: Intro
            accept:
              phrases: [other half reason]
        edges:
        """

    static func fixture(edge: String) throws -> Fixture {
        let map = Fixture.map.replacingOccurrences(of: "\nedges:", with: "\n" + premises)
            .replacingOccurrences(of: "  - reply answers objection", with: "  - reply answers objection\n  - \(edge)")
        let lesson = Fixture.lesson.replacingOccurrences(of: "nodes: [objection, reply]", with: "nodes: [objection, reply, first, second]")
        return try Fixture(map: map, lesson: lesson)
    }

    @Test func aLinkedGroupIsOneEdgePerPremiseSharingTheGroup() throws {
        let fixture = try Self.fixture(edge: "first+second supports thesis")
        #expect(fixture.diagnostics.isEmpty, "\(fixture.diagnostics.map(\.description))")
        let map = try CourseLoader.load(root: fixture.root).map
        let linked = map.edges(to: "thesis").filter(\.isLinked)
        #expect(linked.map(\.from) == ["first", "second"])
        #expect(linked.allSatisfy { $0.premises == ["first", "second"] && $0.kind == .supports })
        #expect(map.edges(to: "thesis").filter { !$0.isLinked }.map(\.from) == ["objection"])

        let tree = MapTree(map: map, style: Style(color: false)).render()
        #expect(tree.contains("supported, only together, by:"))
        #expect(tree.components(separatedBy: "only together").count == 2, "the group is drawn once")

        let dot = MapExport.dot(map)
        #expect(dot.contains("\"linked 1\" [shape=point"))
        #expect(dot.contains("\"first\" -> \"linked 1\" [arrowhead=none") && dot.contains("\"second\" -> \"linked 1\""))
        #expect(dot.contains("\"linked 1\" -> \"thesis\""))
        #expect(dot.contains("cluster_legend") && dot.contains("style=dotted"), "a legend, and undercuts drawn apart from rebuts")

        let citation = Citation(author: "A", title: "T", venue: "V", date: "D", published: "2025-04-21")
        let argdown = MapExport.argdown(map, citation: citation)
        #expect(argdown.contains("+ <Together for The thesis>"))
        #expect(argdown.contains("(1) [First premise]\n(2) [Second premise]\n----\n(3) [The thesis]"))
        #expect(try MapExport.json(map).contains("\"premises\" : [\n        \"first\",\n        \"second\""))
    }

    /// Argdown undercuts an inference, which lives in an argument: an undercut goes under the claim's linked argument,
    /// or under an argument made for the claim when it has none, never under the claim's statement.
    @Test func anUndercutInArgdownTargetsAnArgumentForTheClaim() throws {
        let citation = Citation(author: "A", title: "T", venue: "V", date: "D", published: "2025-04-21")
        let linked = try CourseLoader.load(root: Self.fixture(edge: "first+second supports thesis\n  - objection undercuts thesis").root).map
        let together = MapExport.argdown(linked, citation: citation)
        #expect(together.contains("\n  + <Together for The thesis>\n    <_ [An objection]\n"), "\(together)")
        #expect(!together.contains("<Inference to"))

        let alone = try CourseLoader.load(root: Self.fixture(edge: "first supports thesis\n  - second supports thesis\n  - objection undercuts thesis").root).map
        let inference = MapExport.argdown(alone, citation: citation)
        #expect(inference.contains("\n  + [First premise]: One half of the reason. #premise\n"), "independent reasons stay statements")
        #expect(inference.contains("\n  + <Inference to The thesis>: The step from the reasons given to this claim, which the undercuts below attack.\n    <_ [An objection]"), "\(inference)")
        #expect(!inference.contains("\n  _ ") && !inference.contains("\n  <_ "), "no undercut stands under the thesis itself")
    }

    @Test func aBadlyWrittenGroupIsRefusedAtItsLine() throws {
        for (edge, message) in [
            ("first+ supports thesis", "linked premises are written 'A+B'"),
            ("first+first supports thesis", "a linked group names the same premise twice"),
            ("first+second rebuts thesis", "only 'supports' takes linked premises"),
        ] {
            let diagnostics = try Self.fixture(edge: edge).diagnostics
            #expect(diagnostics.contains { $0.message.hasPrefix(message) && $0.location.line > 0 }, "\(edge): \(diagnostics.map(\.description))")
        }
    }
}
