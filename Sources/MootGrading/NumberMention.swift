/// A number as a reader reads it: its value (or range), whether the answer denies it ("not 1917", "17? no"),
/// and the words after it that say what it counts ("48 days", "200 a year").
struct NumberMention: Equatable {
    var value: Double
    /// The upper end of a range written as "125 to 150" or "125-150"; nil for one figure.
    var upper: Double?
    var negated: Bool
    /// Up to three words after the number (after the range's upper end).
    var following: [String]
    /// True when "or" joins this figure to the previous one ("17 or 18"): an undecided answer.
    var alternative: Bool

    /// Every number in the text, in order.
    static func all(in text: String) -> [NumberMention] {
        let lexemes = NumberReader.lex(text)
        var mentions: [NumberMention] = []
        var parser = NumberReader.WordNumber()
        var start: Int?
        func close(at end: Int) {
            defer { start = nil }
            guard let value = parser.finish(), let first = start else { return }
            let before = lexemes[..<first].suffix(2).compactMap { if case .word(let word) = $0 { word } else { nil } }
            let after = lexemes[end...].prefix(4).compactMap { if case .word(let word) = $0 { word } else { nil } }
            let lastBefore = first > 0 ? word(lexemes[first - 1]) : nil
            let negated = lastBefore.map(Self.denials.contains) ?? false || after.first.map { ["no", "nope"].contains($0) } ?? false
            let previous = mentions.last
            // "125 to 150", "125-150" (the dash is dropped by the lexer, so two figures in a row with "to" or nothing).
            if let previous, previous.upper == nil, let gap = previous.gap, gap.isEmpty || gap == ["to"],
               value > previous.value, !previous.negated {
                // "10-15 thousand", "100-110k": the scale written once after the range applies to both ends.
                for scale in [1_000_000.0, 1_000] where value >= scale && previous.value < value / scale
                    && (value / scale).rounded() == value / scale && previous.value * scale <= value {
                    mentions[mentions.count - 1].value = previous.value * scale
                    break
                }
                mentions[mentions.count - 1].upper = value
                mentions[mentions.count - 1].following = Array(after.prefix(3))
                mentions[mentions.count - 1].gap = nil
            } else {
                var mention = NumberMention(value: value, upper: nil, negated: negated, following: Array(after.prefix(3)),
                                            alternative: lastBefore == "or" || before.last == "or")
                mention.gap = []
                mentions.append(mention)
            }
        }
        for (index, lexeme) in lexemes.enumerated() {
            switch lexeme {
            case .digits(let value):
                close(at: index)
                start = index
                parser.start(value)
            case .word(let word):
                if parser.take(word) {
                    if start == nil { start = index }
                    continue
                }
                close(at: index)
                if parser.take(word) { start = index; continue }
                if let last = mentions.indices.last, mentions[last].gap != nil {
                    mentions[last].gap!.append(word)
                    if mentions[last].gap!.count > 1 { mentions[last].gap = nil }
                }
            }
        }
        close(at: lexemes.count)
        return mentions
    }

    /// The words between this figure and the next, while they may still make a range.
    private var gap: [String]? = nil

    init(value: Double, upper: Double?, negated: Bool, following: [String], alternative: Bool) {
        (self.value, self.upper, self.negated, self.following, self.alternative) = (value, upper, negated, following, alternative)
    }

    private static func word(_ lexeme: NumberReader.Lexeme) -> String? {
        if case .word(let word) = lexeme { word } else { nil }
    }

    static let denials: Set<String> = ["not", "never", "nor", "no"]

    /// What a figure counts by time: "day", "hour", … and whether it is a rate ("a day", "per year", "daily").
    static func timeUnit(_ words: [String]) -> (unit: String, rate: Bool)? {
        for (index, word) in words.enumerated() {
            if let unit = rates[word] { return (unit, true) }
            let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
            if durations.contains(singular) {
                let before = index > 0 ? words[index - 1] : ""
                return (singular, ["a", "an", "per", "each", "every"].contains(before))
            }
        }
        return nil
    }

    /// Whether a figure reads as a year (a date, not a quantity).
    static func isYear(_ figure: Double) -> Bool { figure == figure.rounded() && (1800...2100).contains(figure) }

    /// Each duration in hours, to compare a figure given in another unit.
    static let hours: [String: Double] = ["hour": 1, "day": 24, "week": 168, "month": 730, "year": 8_766, "decade": 87_660]

    static let durations: Set<String> = ["hour", "day", "week", "month", "year", "decade"]
    static let rates: [String: String] = ["daily": "day", "weekly": "week", "monthly": "month", "yearly": "year",
                                          "annually": "year", "hourly": "hour"]
}
