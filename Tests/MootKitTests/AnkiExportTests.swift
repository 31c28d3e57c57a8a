import Testing
@testable import MootContent
@testable import MootModel
@testable import MootQuiz

/// The Anki file keeps a note's identity across edits and cannot be broken by the text it carries.
@Suite struct AnkiExportTests {
    static func export(prompt: String) throws -> [String] {
        let lesson = Fixture.lesson.replacingOccurrences(of: "prompt: What is the thesis?", with: "prompt: \(prompt)")
        let course = try CourseLoader.load(root: try Fixture(lesson: lesson).root)
        let file = AnkiExport.file(course.lessons.flatMap(\.questions), map: course.map) { _ in "moot::Fixture" }
        return file.split(separator: "\n").map(String.init)
    }

    @Test func headersNameTheColumnsAndEveryNoteHasSixFields() throws {
        let lines = try Self.export(prompt: "Plain.")
        #expect(lines.prefix(6) == ["#separator:tab", "#html:true", "#guid column:1", "#notetype column:2", "#deck column:3", "#tags column:6"])
        let notes = lines.filter { !$0.hasPrefix("#") }
        #expect(!notes.isEmpty)
        #expect(notes.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 6 })
    }

    @Test func anEditedPromptKeepsItsGUID() throws {
        let before = try Self.export(prompt: "Before.").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t")[0] }
        let after = try Self.export(prompt: "After an edit.").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t")[0] }
        #expect(before == after && before.allSatisfy { $0.hasPrefix("moot:") })
    }

    @Test func quotesMarkupAndTabsAreEscapedNotInterpreted() throws {
        let note = try #require(try Self.export(prompt: "'\"Quoted\" <b>bold</b> & more'").first { !$0.hasPrefix("#") })
        let front = note.split(separator: "\t", omittingEmptySubsequences: false)[3]
        #expect(front.hasPrefix("<p>&quot;Quoted&quot; &lt;b&gt;bold&lt;/b&gt; &amp; more"))
        #expect(!front.contains("\""), "no raw quote that Anki's reader could take as field quoting")
    }
}
