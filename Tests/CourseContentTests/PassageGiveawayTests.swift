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

    /// A question's own text must not give away a later question's answer either: the learner has just read it.
    /// Each earlier prompt of the same run of questions (since the last narration step) is cut into its phrases (at commas, semicolons, dashes, brackets and the
    /// question mark), since a question is read as asking, not stating; no phrase, typed back as the answer to a
    /// later short question, may earn credit. (Lesson 2 once asked "Besides Villa's raids, what earlier killings…"
    /// just before "Which cross-border attacks … did Wilson's expedition answer?")
    @Test func noEarlierPromptInALessonGivesALaterQuestionsAnswer() throws {
        let course = RepositoryCourse.course
        let grader = Grader(course: course)
        var checked = 0, giveaways: [String] = []
        for lesson in course.lessons {
            // The questions read since the last narration step: a narration between re-teaches on purpose, and a
            // recall question after it is practice, not a give-away.
            var earlier: [Question] = []
            for step in lesson.steps {
                guard case .question(let question) = step else { earlier = []; continue }
                defer { earlier.append(question) }
                guard question.kind == .short, !question.opinion else { continue }
                checked += 1
                for before in earlier {
                    for phrase in Self.phrases(of: before.prompt) {
                        // A phrase with nothing to read ("How many?") is refused, which is no give-away.
                        guard let verdict = try? grader.grade(question, answer: phrase) else { continue }
                        if verdict.score > 0 {
                            giveaways.append("\(question.id) (\(Int(verdict.score * 100))%) from the prompt of \(before.id): \(phrase)")
                        }
                    }
                }
            }
        }
        print("short questions checked against the prompts before them in their lesson: \(checked)")
        for line in giveaways { print("prompt give-away: " + line) }
        #expect(checked >= 50)
        // Two were found when this was written (the CJNG question after a prompt naming "the Sinaloa and Jalisco
        // cartels"; the order's official after a prompt that quotes the order) and fixed in the content.
        #expect(giveaways.isEmpty, "\(giveaways.joined(separator: "\n"))")
    }

    /// The phrases of a prompt, as a learner could type them back: cut at , ; : ? ( ) and dashes, then each
    /// phrase of two words or more.
    static func phrases(of prompt: String) -> [String] {
        prompt.components(separatedBy: CharacterSet(charactersIn: ",;:?()—–"))
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { $0.split(separator: " ").count >= 2 }
    }

    /// The test can fail: a prompt that names the places of Villa's raids, asked before "Which cross-border
    /// attacks … did Wilson's expedition answer?", is caught. (The grader gives "Villa's raids" alone no credit
    /// for that question, which wants the places, so lesson 2's old "Besides Villa's raids, …" was a give-away in
    /// part that this reading does not see.)
    @Test func aPromptThatNamesALaterAnswerIsCaught() throws {
        let course = RepositoryCourse.course
        let question = try #require(course.question("precedent-evidence-raids"))
        let leaky = "Besides Villa's raids on Columbus and Glen Springs, what earlier killings of Americans does the article give?"
        let scores = Self.phrases(of: leaky).compactMap { try? Grader(course: course).grade(question, answer: $0).score }
        #expect(scores.contains { $0 > 0 }, "\(scores)")
    }
}
