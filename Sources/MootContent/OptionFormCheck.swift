import Foundation
import MootModel

/// The form of the options must not give the key away: across the course's single-answer choice questions with
/// three or more options, count those whose correct option is strictly the shortest, and those where it is the
/// only option that hedges ("but", "only", "not"), and warn when either count is more than two standard
/// deviations above chance (one in n options per question; for hedging, among the questions with exactly one
/// hedged option). A learner who always picks the modest, qualified answer should score no better than chance.
extension TeachingCheck {
    struct OptionForm: Equatable {
        var shortest = Tally()
        var onlyHedged = Tally()

        /// How often the key had the form, out of how many questions, against chance.
        struct Tally: Equatable {
            var count = 0
            var questions = 0
            var expected = 0.0
            var variance = 0.0
            var deviation: Double { variance.squareRoot() }
            var tooOften: Bool { questions >= 8 && Double(count) > expected + 2 * deviation }

            mutating func add(_ hit: Bool, options: Int) {
                let chance = 1 / Double(options)
                questions += 1
                expected += chance
                variance += chance * (1 - chance)
                if hit { count += 1 }
            }
        }
    }

    static let hedges: Set<Substring> = ["but", "only", "not"]

    /// Whether an option qualifies itself: it holds "but", "only" or "not" as a word.
    static func hedged(_ text: String) -> Bool { words(text).contains(where: hedges.contains) }

    static func optionForm(_ questions: [Question]) -> OptionForm {
        var form = OptionForm()
        for question in questions {
            guard case .choice(let choices) = question.body, choices.count >= 3,
                  choices.filter(\.correct).count == 1, let key = choices.first(where: \.correct) else { continue }
            let length = { (choice: Choice) in TeachingCheck.words(choice.text).reduce(0) { $0 + $1.count } }
            form.shortest.add(choices.allSatisfy { $0.correct || length($0) > length(key) }, options: choices.count)
            let hedgedOptions = choices.filter { hedged($0.text) }
            if hedgedOptions.count == 1 { form.onlyHedged.add(hedgedOptions[0].correct, options: choices.count) }
        }
        return form
    }

    func checkOptionForm() {
        let form = Self.optionForm(course.lessons.flatMap(\.questions))
        guard let location = course.lessons.first?.location else { return }
        if form.shortest.tooOften {
            sink.warning(location, "the correct option is the shortest in \(form.shortest.count) of \(form.shortest.questions) single-answer "
                         + "choice questions (chance gives about \(Int(form.shortest.expected.rounded()))): give some keys their full length")
        }
        if form.onlyHedged.tooOften {
            sink.warning(location, "the correct option is the only one that hedges ('but', 'only', 'not') in \(form.onlyHedged.count) of "
                         + "\(form.onlyHedged.questions) questions with one hedged option (chance gives about "
                         + "\(Int(form.onlyHedged.expected.rounded()))): qualify some wrong options too, or state some keys plainly")
        }
    }
}
