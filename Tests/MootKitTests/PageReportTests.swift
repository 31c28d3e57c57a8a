import Foundation
import Testing
@testable import MootContent
@testable import MootModel
@testable import MootPresentation
@testable import MootQuiz
@testable import MootStore

/// The mastery page and the class report on the fixture: what each node shows, what the charts count, and that no
/// student name, answer, file name or node text becomes markup.
@Suite struct PageReportTests {
    static let hostile = "<img src=x onerror=alert(1)></script><script>alert(2)</script>"
    static let escaped = "&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;"

    /// The fixture with an essay question (two rubric criteria) and a quiz of three questions; the reply's title is hostile.
    func course() throws -> (Course, Quiz) {
        let lesson = Fixture.lesson + """

              - id: q3
                kind: explain
                prompt: Explain the thesis and the reply.
                rubric:
                  - node: thesis
                    weight: 1
                  - node: reply
                    weight: 1
                pass: 0.5
                hints: [One, Two]
            """
        let map = Fixture.map.replacingOccurrences(of: "title: A reply", with: "title: '\(Self.hostile)'")
        let fixture = try Fixture(map: map, lesson: lesson)
        let folder = fixture.root.appendingPathComponent("Quizzes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "id: q\ntitle: A quiz\npass: 50\nquestions:\n  - id: q1\n  - id: q2\n  - id: q3\n"
            .write(to: folder.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
        let course = try CourseLoader.load(root: fixture.root)
        return (course, try #require(course.quizzes.first))
    }

    func submission(_ quiz: Quiz, student: String, answers: [String], digest: String? = nil) throws -> Data {
        let responses = zip(["q1", "q2", "q3"], answers).map { Submission.Response(question: $0, response: $1, at: "2026-01-01T10:01:00Z") }
        return try Submission(quiz: quiz.id, digest: digest ?? quiz.digest, student: student, started: "2026-01-01T10:00:00Z",
                              finished: "2026-01-01T10:05:00Z", responses: responses).encoded()
    }

    func classBook() throws -> (Gradebook, Course) {
        let (course, quiz) = try course()
        var book = Gradebook(quiz: quiz, course: course)
        book.add(file: "ada.json", data: try submission(quiz, student: "ada", answers: [
            "strikes are lawful self-defence", "true", "Strikes are lawful self-defence, and self-defence supplies authority."]))
        book.add(file: "bob.json", data: try submission(quiz, student: "bob", answers: ["no idea", "false", "I do not know."]))
        book.add(file: "\(Self.hostile).json", data: try submission(quiz, student: Self.hostile, answers: [Self.hostile, Self.hostile, Self.hostile],
                                                                            digest: "another version"))
        book.add(file: "\(Self.hostile)-2.json", data: Data("{\(Self.hostile)".utf8))
        return (book, course)
    }

    @Test func theClassReportCountsWhatTheGradebookGraded() throws {
        let (book, course) = try classBook()
        #expect(book.rows.count == 3 && book.refusals.count == 1)
        let essay = try #require(book.itemStatistics.first { $0.question.id == "q3" })
        #expect(essay.criteria.map(\.node) == ["thesis", "reply"])
        #expect(essay.criteria.map(\.met) == [1, 1], "only ada's essay meets the criteria")
        #expect(book.itemAnalysis().contains("33% met The thesis (thesis, weight 1)"), "\(book.itemAnalysis())")
        let shading = book.missShading
        #expect(shading.status["objection"] == "missed by 2 of 3 students (67 %)")
        #expect(shading.band["objection"] == 2)

        let page = try book.report(course: course, svg: "<svg></svg>")
        #expect(page.components(separatedBy: "<rect class=\"bar\"").count - 1 == 10, "ten score bands")
        #expect(page.components(separatedBy: "<rect class=\"facility\"").count - 1 == 3, "a bar per question")
        #expect(page.components(separatedBy: "<rect class=\"criterion\"").count - 1 == 2, "a bar per criterion")
        for question in ["q1", "q2", "q3"] { #expect(page.contains("<tr data-question=\"\(question)\">")) }
        #expect(page.contains("<table id=\"refused\">"))
    }

    @Test func noNameAnswerFileOrNodeTextBecomesMarkup() throws {
        let (book, course) = try classBook()
        let page = try book.report(course: course, svg: "<svg></svg>")
        #expect(!page.contains("<img"))
        #expect(!page.contains("<script>alert"))
        #expect(page.components(separatedBy: "<script").count == 3, "only the page's own two script elements")
        #expect(page.contains("<td>\(Self.escaped)</td>"), "the student's name, as text")
        #expect(page.contains("<td>\(Self.escaped).json</td>") || page.contains("<td>\(Self.escaped)-2.json</td>"), "the file name, as text")
        #expect(page.contains(Self.escaped), "the node title, as text in the list")
    }

    @Test func aReportWithNoGradedSubmissionSaysSoAndDrawsNoChart() throws {
        let (course, quiz) = try course()
        var book = Gradebook(quiz: quiz, course: course)
        book.add(file: "\(Self.hostile).json", data: Data("not json".utf8))
        let page = try book.report(course: course, svg: "<svg>never drawn</svg>")
        #expect(page.contains("No submission could be graded"))
        #expect(!page.contains("<svg") && !page.contains("<rect"))
        #expect(page.contains(Self.escaped) && !page.contains("<img"))
    }

    @Test func nodesNotMetAreShownAsNotMetNotAsAFigure() throws {
        let (course, _) = try course()
        let report = ProgressReport(
            lessons: [.init(id: "one", title: "Lesson one", done: 2, total: 3, score: 0.5, firstTry: 0.5)],
            nodes: [.init(id: "thesis", title: "The thesis", mastery: 0.95, questions: 2),
                    .init(id: "objection", title: "An objection", mastery: 0.3, questions: 1, due: 1, missed: 1)],
            dueNow: 1, missed: 1, nextDue: nil, dueQuestions: ["q2"], missedQuestions: ["q2"])
        let shading = report.mastery
        #expect(shading.band == ["thesis": 0, "objection": 3])
        #expect(shading.marked == ["objection"])
        #expect(shading.status["objection"] == "recall 30 % over 1 question met; 1 due for review now; 1 missed")
        #expect(shading.colour(of: "reply") == MapShading.outsideColour)
        let page = try report.page(course: course, svg: "<svg></svg>", learner: Self.hostile)
        #expect(page.contains("An objection</button> <span class=\"status\">recall 30 %"))
        #expect(page.contains("</button> <span class=\"status\">not met yet</span>"), "the reply is not met")
        #expect(!page.contains("<img") && page.contains("<h1>\(Self.escaped): mastery"), "the learner's name, as text")
        #expect(page.contains("<strong>q2</strong>: Is there an objection?"), "due and missed questions listed")
        let dot = MapExport.dot(course.map, shading: shading)
        #expect(dot.contains("\"thesis\" [id=\"node-thesis\", label=\"thesis\\nThe thesis\", fillcolor=\"\(MapShading.scale[0])\""))
        #expect(dot.contains("fillcolor=\"#ffffff\"") && dot.contains("color=\"#b02a37\", penwidth=3"))
    }

    @Test func aMapTooLargeToDrawLegiblyIsStillWrittenWithANote() throws {
        let (course, _) = try course()
        let template = try #require(course.map["objection"])
        let nodes = (0...MapPage.legibleNodes).map { index -> ArgumentNode in
            var node = template
            node.id = "n\(index)"
            node.title = "Node \(index)"
            return node
        }
        let map = ArgumentMap(nodes: nodes, edges: [])
        let page = try MapPage.html(map: map, svg: "<svg></svg>", citation: course.citation, questions: [])
        #expect(page.contains("This map has \(MapPage.legibleNodes + 1) nodes, too many to draw legibly"))
        #expect(page.components(separatedBy: "<li><button").count - 1 == MapPage.legibleNodes + 1, "every node is still in the list")
    }
}
