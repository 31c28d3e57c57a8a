import Foundation
import Testing
@testable import MootContent
@testable import MootModel
@testable import MootSession

/// The real course: lesson 1 teaches before it asks, and the keys a learner sees carry no position clue.
@Suite struct TeachingOrderTests {
    /// Every lesson teaches before it asks: no question about a node, a term of art or a figure no earlier
    /// narration gave, no run of more than four questions, keys spread over positions and truth values, and the
    /// right option not the longest more often than chance.
    @Test func theCourseTeachesEverythingBeforeItAsks() throws {
        let (_, diagnostics) = CourseLoader.loadReportingAll(root: RepositoryCourse.root)
        let kinds = ["before a narration step teaches it", "questions in a row without teaching", "without a closing recap", "before a narration step names the kinds", "uses the term of art",
                     "which no narration step states before it", "single-answer choice keys are authored at",
                     "true/false keys are", "the correct option is the longest"]
        for kind in kinds {
            let found = diagnostics.filter { $0.message.contains(kind) }
            #expect(found.isEmpty, "\(found.map(\.description))")
        }
    }

    @Test func keysAreBalancedInTheFiles() throws {
        let questions = RepositoryCourse.course.lessons.flatMap(\.questions)
        var truths = [true: 0, false: 0], positions: [Int: Int] = [:]
        for question in questions {
            switch question.body {
            case .truefalse(let key, _): truths[key, default: 0] += 1
            case .choice(let choices) where choices.filter(\.correct).count == 1:
                positions[choices.firstIndex(where: \.correct)!, default: 0] += 1
            default: break
            }
        }
        print("true/false keys \(truths), authored key positions \(positions.sorted { $0.key < $1.key })")
        #expect(abs(truths[true]! - truths[false]!) <= 2)
        let single = positions.values.reduce(0, +)
        #expect(positions.values.allSatisfy { $0 * 3 < single })
        let share = TeachingCheck.longestOptionShare(questions)
        print("the key is the longest option in \(share.longest) of \(share.questions) (chance \(share.expected))")
        #expect(!share.tooOften)
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
