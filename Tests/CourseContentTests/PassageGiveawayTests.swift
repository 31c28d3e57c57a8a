import Foundation
import Testing
@testable import MootGrading
@testable import MootModel

/// A question that asks the learner to supply an unstated premise tests inference, so the narration shown just
/// before it must not state the premise: no sentence of that passage, typed back as the answer, earns any credit.
@Suite struct PassageGiveawayTests {
    @Test func noPassageBeforeAnUnstatedPremiseQuestionGivesItsAnswer() throws {
        let course = RepositoryCourse.course
        let grader = Grader(course: course)
        var checked = 0, giveaways: [String] = []
        for (question, passage) in KeyEchoTests.passages(course) {
            guard question.kind == .short, !question.nodes.isEmpty,
                  question.nodes.allSatisfy({ course.map[$0].map { $0.kind == .premise && !$0.explicit } ?? false }) else { continue }
            checked += 1
            let sentences = passage.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                .components(separatedBy: ". ").filter { !$0.isEmpty }
            for sentence in sentences {
                let verdict = try grader.grade(question, answer: sentence)
                if verdict.score > 0 { giveaways.append("\(question.id) (\(Int(verdict.score * 100))%): \(sentence)") }
            }
        }
        print("unstated-premise questions checked against the passage before them: \(checked)")
        #expect(checked >= 3)
        #expect(giveaways.isEmpty, "\(giveaways.joined(separator: "\n"))")
    }
}
