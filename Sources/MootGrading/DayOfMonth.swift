/// Dates as a reader finds them in text: a day of the month next to a month's name ("20 February", "Feb 20th",
/// "February 2, 2025"), so an answer that names the right month and year but another day is read as another date.
struct DayOfMonth: Equatable, Sendable {
    var month: Int
    var day: Int

    /// Every day-and-month in the folded words, in order.
    static func all(in words: [String]) -> [DayOfMonth] {
        var found: [DayOfMonth] = []
        for (index, word) in words.enumerated() {
            guard let month = month(word) else { continue }
            let before = index > 0 ? day(words[index - 1]) : nil
            let after = index + 1 < words.count ? day(words[index + 1]) : nil
            if let day = before ?? after { found.append(DayOfMonth(month: month, day: day)) }
        }
        return found
    }

    /// January is 1; full names and the usual abbreviations. Read for every word of every answer, so most words
    /// are settled by their length and first three letters before any lookup.
    static func month(_ word: String) -> Int? {
        let utf8 = word.utf8
        guard (3...9).contains(utf8.count) else { return nil }
        var bytes = utf8.makeIterator()
        let prefix = (UInt32(bytes.next()!) << 16) | (UInt32(bytes.next()!) << 8) | UInt32(bytes.next()!)
        guard monthPrefixes.contains(prefix) else { return nil }
        return months[word]
    }

    /// The first three bytes of each month's name ("jan", "feb", …), packed.
    private static let monthPrefixes: [UInt32] = names.map { name in
        name.utf8.prefix(3).reduce(0) { ($0 << 8) | UInt32($1) }
    }

    /// "20", "20th", "2nd": a number from 1 to 31.
    static func day(_ word: String) -> Int? {
        let digits = word.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2, ["", "st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count))),
              let value = Int(digits), (1...31).contains(value) else { return nil }
        return value
    }

    /// The months' names, January first.
    static let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december"]

    private static let months: [String: Int] = {
        var months: [String: Int] = ["sept": 9]
        for (index, name) in names.enumerated() {
            months[name] = index + 1
            months[String(name.prefix(3))] = index + 1
        }
        return months
    }()
}
