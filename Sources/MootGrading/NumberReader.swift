/// Reads the numbers in a text, in any common form: "105,000", "105k", "over 105 thousand",
/// "one hundred and five thousand", "a quarter million", "70%".
enum NumberReader {
    static func numbers(in text: String) -> [Double] {
        var numbers: [Double] = []
        var parser = WordNumber()
        for token in lex(text) {
            switch token {
            case .digits(let value):
                if let finished = parser.finish() { numbers.append(finished) }
                parser.start(value)
            case .word(let word):
                if parser.take(word) { continue }
                if let finished = parser.finish() { numbers.append(finished) }
                if parser.take(word) { continue }
            }
        }
        if let finished = parser.finish() { numbers.append(finished) }
        return numbers
    }

    /// The first number in the text, if any.
    static func number(in text: String) -> Double? { numbers(in: text).first }

    /// Three digits and then no digit: the space before them separates thousands.
    private static func isThousandsGroup(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        let group = scalars.dropFirst(index + 1).prefix(4)
        let digits = group.prefix { ("0"..."9").contains($0) }.count
        return digits == 3
    }

    enum Lexeme: Equatable { case digits(Double), word(String) }

    static func lex(_ text: String) -> [Lexeme] {
        var lexemes: [Lexeme] = []
        var digits = "", letters = ""
        var numerator: Double?  // "1/4"
        let scalars = Array(text.lowercased().unicodeScalars.prefix(TextNormalizer.maxCharacters))
        func flushDigits() {
            if let value = Double(digits) {
                if let top = numerator { lexemes.append(.digits(value == 0 ? top : top / value)) } else { lexemes.append(.digits(value)) }
            }
            digits = ""
            numerator = nil
        }
        func flushLetters() {
            if !letters.isEmpty { lexemes.append(.word(letters)) }
            letters = ""
        }
        for (index, scalar) in scalars.enumerated() {
            let next = index + 1 < scalars.count ? scalars[index + 1] : " "
            if ("0"..."9").contains(scalar) {
                flushLetters()
                digits.unicodeScalars.append(scalar)
            } else if (scalar == "," || scalar == ".") && !digits.isEmpty && ("0"..."9").contains(next) {
                if scalar == "." { digits.append(".") }
            } else if scalar == "/" && !digits.isEmpty && numerator == nil && ("0"..."9").contains(next) {
                numerator = Double(digits)
                digits = ""
            } else if scalar == "/" && !digits.isEmpty && next.properties.isAlphabetic {
                flushDigits()
                lexemes.append(.word("per"))  // "200/day" is 200 per day
            } else if scalar == " " && !digits.isEmpty && Self.isThousandsGroup(scalars, after: index) {
                continue  // "105 000"
            } else if scalar.properties.isAlphabetic {
                flushDigits()
                letters.unicodeScalars.append(scalar)
            } else {
                flushDigits()
                flushLetters()
                if scalar == "%" { lexemes.append(.word("percent")) }
            }
        }
        flushDigits()
        flushLetters()
        return lexemes
    }

    /// Accumulates one number written in digits and/or words.
    struct WordNumber {
        private var total = 0.0, group = 0.0, active = false, pendingA = false

        mutating func start(_ value: Double) {
            group = value
            active = true
        }

        /// Consumes a word that continues (or begins) a number; false if the word is not part of one.
        mutating func take(_ word: String) -> Bool {
            if let value = Self.units[word] {
                // "nineteen seventeen", "twenty twenty": a year read as two pairs of digits.
                if active && total == 0 && group >= 10 && group < 100 && value >= 10 {
                    group = group * 100 + value
                } else {
                    group += value
                }
                active = true
            } else if let fraction = Self.fractions[word], active && group >= 1 && group < 10 {
                group *= fraction  // "three quarters", "two thirds"
            } else if word == "hundred" && (active || pendingA) {
                group = max(group, 1) * 100
                active = true
            } else if let scale = Self.scales[word], active || pendingA {
                total += max(group, pendingA && group == 0 ? 1 : group) * scale
                group = 0
                active = true
            } else if let fraction = Self.fractions[word], !active || group == 0 {
                group = fraction
                active = true
            } else if word == "a" || word == "an" {
                if active { return false }
                pendingA = true
                return true
            } else if word == "and" && active {
                return true
            } else {
                pendingA = false
                return false
            }
            pendingA = false
            return true
        }

        mutating func finish() -> Double? {
            defer { self = WordNumber() }
            return active ? total + group : nil
        }

        static let units: [String: Double] = [
            "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
            "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
            "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        ]
        static let scales: [String: Double] = [
            "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
            // "mil" after a figure is the Spanish, French and Portuguese thousand ("105 mil muertes"): the
            // course's figures run to thousands, and "105 mil" is never read as 105 million overdose deaths.
            "bn": 1e9, "thousands": 1e3, "mil": 1e3,
        ]
        static let fractions: [String: Double] = [
            "quarter": 0.25, "quarters": 0.25, "half": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "fifth": 0.2,
            "fifths": 0.2, "fourth": 0.25, "fourths": 0.25, "tenth": 0.1, "tenths": 0.1,
        ]
    }
}
