import Foundation
import MootModel
import MootSupport

/// Numeric answers, read as a reader reads them: each figure with its denial, its unit and its range.
extension Grader {
    func gradeNumeric(_ question: Question, _ value: Double, _ tolerance: Double, _ unit: String?,
                      _ answer: String) throws -> Verdict {
        let prompt = readings.figures(inPromptOf: question)
        // A figure too long to be a number ("1111…" a hundred thousand times) reads as none.
        let all = NumberMention.all(in: answer).filter { $0.value.isFinite && ($0.upper?.isFinite ?? true) }
        // Figures the question itself gives ("in 2023") are context, unless the answer has nothing else.
        let own = all.filter { !prompt.contains($0.value) || $0.upper != nil }
        guard !all.isEmpty else {
            throw UnreadableAnswer("Give a number: digits (105,000), a short form (105k) or words (one hundred and five thousand).")
        }
        let unitText = unit.map { " \($0)" } ?? ""
        let keyText = (value != value.rounded() && tolerance > 0
            ? "\(Self.figure(value - tolerance, unit))–\(Self.figure(value + tolerance, unit))" : Self.figure(value, unit)) + unitText
        let affirmed = (own.isEmpty ? all : own).filter { !$0.negated }
        guard let mention = affirmed.first else {
            return verdict(question, score: 0, feedback: "You deny the figure you give: the article gives \(keyText).",
                           misconception: "negated")
        }
        if affirmed.contains(where: \.alternative) {
            let listed = affirmed.map { Self.figure($0.value, unit) }.joined(separator: " or ")
            return verdict(question, score: 0, feedback: "\(listed) is not one answer: choose a figure. The article gives \(keyText).",
                           misconception: "several-figures")
        }
        var given = mention.value, upper = mention.upper
        let written = mention.upper.map { "\(Self.figure(given, unit))–\(Self.figure($0, unit))" } ?? Self.figure(given, unit)
        // A figure counted in the wrong unit ("48 days" for hours, "200 a year" for a day) is a different figure.
        if let asked = unit.flatMap({ NumberMention.timeUnit(TextNormalizer.words($0)) }),
           let read = NumberMention.timeUnit(mention.following), read != asked {
            // A duration in another unit is converted ("2 days" is 48 hours); a rate per another period is not.
            guard !read.rate && !asked.rate, let from = NumberMention.hours[read.unit], let to = NumberMention.hours[asked.unit] else {
                return verdict(question, score: 0,
                               feedback: "\(written) counts by \(read.rate ? "the " : "")\(read.unit): the question asks for "
                                   + (asked.rate ? "a figure per \(asked.unit)" : "\(asked.unit)s") + " — the article gives \(keyText).",
                               misconception: "wrong-unit")
            }
            given = given * from / to
            upper = upper.map { $0 * from / to }
        }
        let within = { (figure: Double) in abs(figure - value) <= tolerance }
        if upper.map({ within(given) && within($0) }) ?? within(given) {
            let written = given == mention.value ? written : "\(written) (\(Self.figure(given, unit))\(unitText))"
            return verdict(question, score: 1, feedback: "Right: \(written + unitText == keyText ? keyText : written + " (the article: " + keyText + ")").")
        }
        // "About 80" for 84.7: an approximation marked as one is right within 5 %; one within 15 % ("over 100k"),
        // or a range that holds the figure, is close — partly right, never more. A precise figure that is off
        // stays wrong ("18" for 17).
        let words = Set(TextNormalizer.words(answer))
        let approximate = !words.isDisjoint(with: Self.approximations)
        if approximate && upper == nil && value != 0 && abs(given - value) <= max(tolerance, abs(value) * 0.05) {
            return verdict(question, score: 1, feedback: "Right, roughly: the article gives \(keyText).")
        }
        let holds = upper.map { given <= value && value <= $0 } ?? false
        let near = upper == nil && (approximate || !words.isDisjoint(with: Self.bounds)) && abs(given - value) <= abs(value) * 0.15
        if value != 0 && (holds || near) {
            return verdict(question, score: 0.5, feedback: "Close: \(written) is near the figure, not it — the article gives \(keyText).",
                           misconception: "approximate")
        }
        // A figure the article gives for something else is a mix-up of figures, not a slip of arithmetic.
        // ("140,000" for the troops who crossed is the map's figure for the border guard.)
        if upper == nil, let other = course.map.nodes.first(where: { node in
            !question.nodes.contains(node.id) && recognizer.evidenceFigures[node.id]?.contains(given) == true
        }) {
            return verdict(question, score: 0,
                           feedback: "\(written) is the article's figure for another thing (‘\(other.title)’): for this, the article gives \(keyText).",
                           misconception: "other-figure")
        }
        let magnitude = given > 0 && value > 0 && abs(log10(given / value)) >= 0.9
        let direction = given > value ? "too high" : "too low"
        return verdict(question, score: 0,
                       feedback: magnitude ? "\(written) is off by an order of magnitude: the article gives \(keyText)."
                           : "\(written) is \(direction): the article gives \(keyText).",
                       misconception: magnitude ? "order-of-magnitude" : "wrong-number")
    }

    /// Words that mark a figure as an approximation.
    static let approximations: Set<String> = ["about", "around", "roughly", "approximately", "approx", "nearly",
                                              "almost", "circa", "ca", "some", "estimated"]
    /// Words that give a figure as a bound ("over 100k").
    static let bounds: Set<String> = ["over", "under", "more", "less", "fewer", "above", "below", "least", "most"]

    /// A figure as feedback writes it: a year without a thousands comma (1917, not 1,917).
    static func figure(_ value: Double, _ unit: String?) -> String {
        let isYear = unit.map { TextNormalizer.words($0).contains { $0 == "year" || $0 == "years" } } ?? false
        if isYear && value == value.rounded() && value >= 1000 && value < 3000 { return String(Int(value)) }
        return NumberFormat.plain(value)
    }
}
