import Foundation
import Testing
@testable import MootModel

/// A choice question is not answered by word matching: the right option does not repeat five words or more of the
/// narration shown just before it while every wrong option does not (the same measure as scripts/key-echo.py).
@Suite struct KeyEchoTests {
    static let longestAllowedRun = 4

    static func words(_ text: String) -> [Substring] {
        text.lowercased().replacingOccurrences(of: "’", with: "'")
            .split { !($0.isLetter || $0.isNumber || $0 == "'") }
    }

    /// The length of the longest run of consecutive words of `a` that also occurs in `b`.
    static func longestRun(_ a: [Substring], _ b: [Substring]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1), best = 0
        for i in 1...a.count {
            var current = [Int](repeating: 0, count: b.count + 1)
            for j in 1...b.count where a[i - 1] == b[j - 1] {
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
            }
            previous = current
        }
        return best
    }

    /// Each question with the narration block last shown before it (the steps since the previous question).
    static func passages(_ course: Course) -> [(question: Question, passage: String)] {
        var found: [(Question, String)] = []
        for lesson in course.lessons {
            var passage: [String] = [], afterQuestion = false
            for step in lesson.steps {
                switch step {
                case .narration(let text, _):
                    if afterQuestion { passage = []; afterQuestion = false }
                    passage.append(text)
                case .question(let question):
                    afterQuestion = true
                    found.append((question, passage.joined(separator: " ")))
                }
            }
        }
        return found
    }

    /// Each choice question with the words of the narration block last shown before it.
    static func questionsWithPassages(_ course: Course) -> [(Question, [Substring])] {
        passages(course).compactMap { item in
            if case .choice = item.question.body { (item.question, words(item.passage)) } else { nil }
        }
    }

    @Test func noRightOptionIsSpottedByTheNarrationsWords() {
        var echoing: [String] = []
        let questions = Self.questionsWithPassages(RepositoryCourse.course)
        for (question, passage) in questions {
            guard case let .choice(choices) = question.body else { continue }
            let runs = choices.map { (Self.longestRun(Self.words($0.text), passage), $0.correct) }
            let key = runs.filter(\.1).map(\.0).max() ?? 0, decoy = runs.filter { !$0.1 }.map(\.0).max() ?? 0
            if key > Self.longestAllowedRun && decoy <= Self.longestAllowedRun { echoing.append("\(question.id) (\(key) words)") }
        }
        print("choice keys echoing the narration before them by ≥\(Self.longestAllowedRun + 1) words: \(echoing.count) of \(questions.count)")
        #expect(echoing.isEmpty, "\(echoing)")
    }

    @Test func theRunIsMeasuredInWholeWords() {
        let passage = Self.words("The label alone is no authority for force.")
        #expect(Self.longestRun(Self.words("A label alone is no authority, he says."), passage) == 5)
        #expect(Self.longestRun(Self.words("Labels are not authorities."), passage) == 0)
    }
}
