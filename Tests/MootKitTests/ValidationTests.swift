import Testing
@testable import MootContent
@testable import MootModel

/// Each kind of content error is reported once, at its file, line and column.
@Suite struct ValidationTests {
    private func only(_ fixture: Fixture) throws -> Diagnostic {
        let diagnostics = fixture.diagnostics
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.description))")
        return try #require(diagnostics.first)
    }

    @Test func yamlSyntaxErrorsNameTheirLineAndColumn() throws {
        let lesson = Fixture.lesson.replacingOccurrences(of: "objectives: [Learn]", with: "objectives: [Learn")
        let diagnostic = try only(Fixture(lesson: lesson))
        #expect(diagnostic.location.file == "Lessons/01-one.yaml")
        #expect(diagnostic.location.line == 5)
        #expect(diagnostic.message.contains("YAML syntax"))
        #expect(diagnostic.description.hasPrefix("Lessons/01-one.yaml:5:"))
    }

    @Test func aMissingFieldIsReportedAtItsMapping() throws {
        let lesson = Fixture.lesson.replacingOccurrences(of: "    prompt: What is the thesis?\n", with: "")
        let diagnostic = try only(Fixture(lesson: lesson))
        #expect(diagnostic.location.line == 8)
        #expect(diagnostic.message == "missing required field 'prompt'")
    }

    @Test func aMistypedFieldNamesWhatWasExpected() throws {
        let lesson = Fixture.lesson.replacingOccurrences(of: "answer: true", with: "answer: maybe")
        let diagnostic = try only(Fixture(lesson: lesson))
        #expect(diagnostic.location.line == 16)
        #expect(diagnostic.message.contains("'answer' must be true or false"))
    }

    @Test func anUnknownFieldSuggestsTheNearestKnownOne() throws {
        let lesson = Fixture.lesson.replacingOccurrences(of: "    prompt: What is the thesis?", with: "    promt: What is the thesis?\n    prompt: x")
        let diagnostic = try only(Fixture(lesson: lesson))
        #expect(diagnostic.location.line == 10)
        #expect(diagnostic.location.column == 5)
        #expect(diagnostic.message == "unknown field 'promt' (did you mean 'prompt'?)")
    }

    @Test func anInvalidKindListsTheValidOnes() throws {
        let lesson = Fixture.lesson.replacingOccurrences(of: "kind: short", with: "kind: shrot")
        let diagnostic = try only(Fixture(lesson: lesson))
        #expect(diagnostic.location.line == 9)
        #expect(diagnostic.message.contains("did you mean 'short'"))
        #expect(diagnostic.message.contains("choice, truefalse, short"))
    }

    @Test func duplicateNodeIdsPointAtTheSecond() throws {
        let map = Fixture.map.replacingOccurrences(of: "  - id: reply", with: "  - id: objection")
            .replacingOccurrences(of: "  - reply answers objection", with: "")
        let diagnostics = try Fixture(map: map).diagnostics
        let duplicate = try #require(diagnostics.first { $0.message.hasPrefix("duplicate node id") })
        #expect(duplicate.location.file == "Lessons/argument-map.yaml")
        #expect(duplicate.location.line == 18)
        #expect(duplicate.message.contains("first defined at Lessons/argument-map.yaml:10"))
    }

    @Test func duplicateQuestionIdsPointAtTheSecond() throws {
        let lesson = Fixture.lesson.replacingOccurrences(of: "id: q2", with: "id: q1")
        let diagnostic = try only(Fixture(lesson: lesson))
        #expect(diagnostic.location.line == 13)
        #expect(diagnostic.message.hasPrefix("duplicate question id 'q1'"))
    }

    @Test func aQuestionNamingAnUnknownNodeSuggestsOne() throws {
        let lesson = Fixture.lesson.replacingOccurrences(of: "nodes: [thesis]", with: "nodes: [thesys]")
        let diagnostics = try Fixture(lesson: lesson).diagnostics
        let unknown = try #require(diagnostics.first { $0.message.contains("unknown node") })
        #expect(unknown.location.line == 8)
        #expect(unknown.message == "question 'q1' names an unknown node 'thesys' (did you mean 'thesis'?)")
    }

    @Test func anEdgeToAnUnknownNodeIsReportedAtTheEdge() throws {
        let map = Fixture.map.replacingOccurrences(of: "  - objection rebuts thesis", with: "  - objection rebuts thesis\n  - reply answers objektion")
        let diagnostic = try only(Fixture(map: map))
        #expect(diagnostic.location.line == 27)
        #expect(diagnostic.message == "edge to an unknown node 'objektion' (did you mean 'objection'?)")
    }

    @Test func anEdgeOfTheWrongKindSaysWhatItJoins() throws {
        let map = Fixture.map.replacingOccurrences(of: "  - objection rebuts thesis", with: "  - objection rebuts thesis\n  - thesis answers objection")
        let diagnostic = try only(Fixture(map: map))
        #expect(diagnostic.location.line == 27)
        #expect(diagnostic.message.hasPrefix("'answers' cannot join a claim to an objection"))
    }

    @Test func duplicateYAMLKeysPointAtTheRepeat() throws {
        let lesson = Fixture.lesson.replacingOccurrences(of: "title: Lesson one", with: "title: Lesson one\ntitle: Again")
        let diagnostic = try only(Fixture(lesson: lesson))
        #expect(diagnostic.location.line == 3)
        #expect(diagnostic.message == "duplicate key 'title' in one mapping")
    }

    @Test func aMissingLessonFileIsNamed() throws {
        let course = Fixture.course + "\n  - 02-missing.yaml"
        let diagnostic = try only(Fixture(course: course))
        #expect(diagnostic.location == SourceLocation(file: "Lessons/course.yaml", line: 10, column: 5))
        #expect(diagnostic.message == "lesson file 'Lessons/02-missing.yaml' does not exist")
    }

    @Test func anUntaughtNodeAndAnUnansweredObjectionAreGuarded() throws {
        let lesson = Fixture.lesson.replacingOccurrences(of: "nodes: [objection, reply]", with: "nodes: [objection]")
        let untaught = try only(Fixture(lesson: lesson))
        #expect(untaught.message == "node 'reply' is taught by no question")
        let map = Fixture.map.replacingOccurrences(of: "  - reply answers objection", with: "  - reply rebuts objection")
        let unanswered = try only(Fixture(map: map))
        #expect(unanswered.message == "objection 'objection' has no reply that 'answers' it")
    }

    @Test func loadRefusesContentWithErrorsAndCarriesThemAll() throws {
        let lesson = Fixture.lesson.replacingOccurrences(of: "kind: short", with: "kind: nope")
            .replacingOccurrences(of: "answer: true", with: "answer: 3")
        #expect(throws: ContentErrors.self) { try CourseLoader.load(root: try Fixture(lesson: lesson).root) }
        #expect(try Fixture(lesson: lesson).diagnostics.count == 2)
    }

    @Test func halfNodesBelongToAShortQuestionOfOneNodeAndToTheMap() throws {
        let half = Fixture.lesson.replacingOccurrences(of: "    nodes: [objection, reply]\n", with: "    nodes: [objection, reply]\n    half: [thesis]\n")
        #expect(try Fixture(lesson: half).diagnostics.map(\.message) == ["'half' applies to short questions of one node only"])
        let unknown = Fixture.lesson.replacingOccurrences(of: "    nodes: [thesis]\n", with: "    nodes: [thesis]\n    half: [objecton]\n")
        #expect(try Fixture(lesson: unknown).diagnostics.map(\.message).contains { $0.contains("unknown node 'objecton'") && $0.contains("objection") })
    }
}
