import Foundation
import MootModel

/// The right option is not the longest one far more often than chance: across the course's single-answer choice
/// questions with three or more options, count those whose correct option is strictly the longest, and warn when
/// that count is more than two standard deviations above what chance gives (one in n options per question).
extension TeachingCheck {
    struct LongestOptionShare: Equatable {
        /// Questions whose correct option is strictly the longest.
        var longest: Int
        /// Single-answer choice questions with three or more options.
        var questions: Int
        /// How many would be longest by chance, and the spread of that count.
        var expected: Double
        var deviation: Double
        var tooOften: Bool { questions >= 8 && Double(longest) > expected + 2 * deviation }
    }

    static func longestOptionShare(_ questions: [Question]) -> LongestOptionShare {
        var share = LongestOptionShare(longest: 0, questions: 0, expected: 0, deviation: 0)
        var variance = 0.0
        for question in questions {
            guard case .choice(let choices) = question.body, choices.count >= 3,
                  choices.filter(\.correct).count == 1, let key = choices.first(where: \.correct) else { continue }
            let length = { (choice: Choice) in TeachingCheck.words(choice.text).reduce(0) { $0 + $1.count } }
            if choices.allSatisfy({ $0.correct || length($0) < length(key) }) { share.longest += 1 }
            let chance = 1 / Double(choices.count)
            share.questions += 1
            share.expected += chance
            variance += chance * (1 - chance)
        }
        share.deviation = variance.squareRoot()
        return share
    }

    func checkLongestOption() {
        let share = Self.longestOptionShare(course.lessons.flatMap(\.questions))
        guard share.tooOften, let location = course.lessons.first?.location else { return }
        sink.warning(location, "the correct option is the longest in \(share.longest) of \(share.questions) single-answer choice questions "
                     + "(chance gives about \(Int(share.expected.rounded()))): make the wrong options as full as the right one, or trim it")
    }
}
