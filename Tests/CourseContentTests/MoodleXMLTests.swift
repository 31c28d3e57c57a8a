import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import MootModel
@testable import MootQuiz

/// Every quiz of the course exported as Moodle XML and read back with a real XML parser: each question is there,
/// of the right Moodle type, with its points and its key.
@Suite struct MoodleXMLTests {
    static func type(of question: Question) -> String {
        switch question.kind {
        case .choice, .classify: "multichoice"
        case .truefalse: "truefalse"
        case .numeric: "numerical"
        case .match, .place: "matching"
        case .order: "ordering"
        case .short, .explain: "essay"
        }
    }

    @Test func everyQuizReadsBackQuestionForQuestion() throws {
        let course = RepositoryCourse.course
        #expect(!course.quizzes.isEmpty)
        for quiz in course.quizzes {
            let document = try XMLDocument(xmlString: MoodleXML.document(quiz, map: course.map))
            let questions = try document.nodes(forXPath: "/quiz/question[@type!='category']").compactMap { $0 as? XMLElement }
            #expect(questions.count == quiz.items.count, "\(quiz.id)")
            for (element, item) in zip(questions, quiz.items) {
                func values(_ path: String) throws -> [String] { try element.nodes(forXPath: path).compactMap(\.stringValue) }
                let question = item.question
                #expect(element.attribute(forName: "type")?.stringValue == Self.type(of: question), "\(question.id)")
                #expect(try values("name/text") == [question.id])
                #expect(try values("defaultgrade").compactMap(Double.init) == [item.points])
                #expect(try values("questiontext/text").first?.contains(AnkiExport.escape(String(question.prompt.prefix(20)))) == true)
                let fractions = try values("answer/@fraction").compactMap(Double.init)
                switch question.body {
                case .choice(let choices):
                    #expect(fractions.count == choices.count)
                    #expect(abs(fractions.filter { $0 > 0 }.reduce(0, +) - 100) < 0.01, "\(question.id): right options sum to 100 %")
                case .truefalse(let answer, _):
                    #expect(try values("answer[@fraction='100']/text") == [String(answer)])
                case .numeric(let value, let tolerance, _):
                    #expect(try values("answer/text").compactMap(Double.init) == [value])
                    #expect(try values("answer/tolerance").compactMap(Double.init) == [tolerance])
                case .match(let pairs):
                    #expect(try values("subquestion/answer/text") == pairs.map { course.map[$0.right]?.text ?? "" })
                case .order(let steps):
                    #expect(fractions.count == steps.count)
                case .place(let statements, _):
                    let answers = try values("subquestion/answer/text")
                    #expect(Array(answers.prefix(statements.count)) == statements.map { $0.relation.phrase(course.map.title(of: $0.node) ?? "") })
                    #expect(answers.count > statements.count, "\(question.id): decoy placements beside the key")
                case .short, .explain:
                    #expect(try values("graderinfo/text").first?.isEmpty == false, "\(question.id) carries its model answer")
                case .classify:
                    #expect(fractions.filter { $0 == 100 }.count == 1)
                }
            }
        }
    }
}
