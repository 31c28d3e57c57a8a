import Foundation
import Testing
@testable import MootContent
@testable import MootModel
@testable import MootSession

/// The real course: lesson 1 teaches before it asks, and the keys a learner sees carry no position clue.
@Suite struct TeachingOrderTests {
    @Test func lessonOneAsksNothingBeforeTeachingIt() throws {
        let (_, diagnostics) = CourseLoader.loadReportingAll(root: RepositoryCourse.root)
        let lessonOne = diagnostics.filter { $0.location.file.hasSuffix("01-orientation.yaml") && $0.location.line > 1 && $0.message.contains("question") }
        #expect(lessonOne.isEmpty, "\(lessonOne)")
        // Lessons not yet annotated are reported, each at its question's path:line:col.
        let early = diagnostics.filter { $0.message.contains("before a narration step teaches it") }
        #expect(early.allSatisfy { $0.severity == .warning && $0.location.line > 0 })
    }

    @Test func shownKeyPositionsAreSpreadForEveryLearner() throws {
        let course = RepositoryCourse.course
        for student in ["ada", "bob", "chloé"] {
            let session = Session(course: course, style: .init(color: false))
            session.student = student
            var shown: [Int: Int] = [:], total = 0
            for question in course.lessons.flatMap(\.questions) {
                guard case let .choice(choices) = question.body, choices.filter(\.correct).count == 1,
                      let order = session.choiceOrder(question) else { continue }
                shown[order.firstIndex { choices[$0].correct }!, default: 0] += 1
                total += 1
            }
            print("shown key positions for \(student): \(shown.sorted { $0.key < $1.key }) of \(total)")
            #expect(shown.values.allSatisfy { $0 * 2 < total })
        }
    }
}
