import Foundation
import Testing
@testable import MootContent
@testable import MootModel

/// The glossary is content: read from the file course.yaml names, each term found by id, term or plain words, and
/// a term that names an unknown node refused at its line.
@Suite struct GlossaryTests {
    static func fixture(glossary: String) throws -> Fixture {
        let fixture = try Fixture(course: Fixture.course + "\nglossary: glossary.yaml")
        try glossary.write(to: fixture.root.appendingPathComponent("Lessons/glossary.yaml"), atomically: true, encoding: .utf8)
        return fixture
    }

    static let valid = """
        terms:
          - id: self-defence
            term: self-defence
            definition: Force in answer to an armed attack.
            nodes: [thesis]
            plain: [defending itself]
        """

    @Test func aTermIsFoundByIdTermOrPlainWords() throws {
        let course = try CourseLoader.load(root: try Self.fixture(glossary: Self.valid).root)
        #expect(course.glossary.count == 1)
        for words in ["self-defence", "Self-Defence", "defending  itself"] { #expect(course.glossaryEntry(words)?.id == "self-defence", "\(words)") }
        #expect(course.glossaryEntry("reprisal") == nil)
    }

    @Test func aTermNamingAnUnknownNodeIsAnErrorAtItsLine() throws {
        let diagnostics = try Self.fixture(glossary: Self.valid.replacingOccurrences(of: "[thesis]", with: "[thesys]")).diagnostics
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.location.file == "Lessons/glossary.yaml" && error.location.line == 2)
        #expect(error.message == "glossary term 'self-defence' names an unknown node 'thesys' (did you mean 'thesis'?)")
    }
}
