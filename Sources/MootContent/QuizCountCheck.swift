import MootModel

/// A quiz's instructions must not state a count the quiz does not have: "Twenty questions" over a quiz of nineteen
/// misleads every student who paces themselves by it. A count is a number (in figures or words, up to ninety-nine)
/// before "question(s)"; it must equal the quiz's items, or the items less the essays when the instructions count
/// those apart ("Twenty questions … and one IRAC analysis").
enum QuizCountCheck {
    static func check(_ quiz: Quiz, instructionsAt location: SourceLocation, sink: DiagnosticSink) {
        let words = quiz.instructions.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init)
        let total = quiz.items.count
        let essays = quiz.items.filter { $0.question.kind == .explain }.count
        // Essays counted apart: a number within three words before "essay(s)" or "analysis/analyses".
        var essaysStated = 0
        for (index, word) in words.enumerated() where ["essay", "essays", "analysis", "analyses"].contains(word) {
            if let number = words[max(0, index - 3)..<index].lazy.compactMap(number).first { essaysStated += number }
        }
        for (index, word) in words.enumerated() where word == "question" || word == "questions" {
            // "Twenty questions", or with one word between ("Twenty short questions").
            guard let stated = words[max(0, index - 2)..<index].reversed().lazy.compactMap(number).first else { continue }
            let fits = stated == total || (essaysStated > 0 && essaysStated == essays && stated + essays == total)
            if !fits {
                sink.error(location, "quiz '\(quiz.id)' says \(stated) question\(stated == 1 ? "" : "s") in its instructions, but it has \(total)"
                           + (essays > 0 ? " (\(total - essays) and \(essays) essay\(essays == 1 ? "" : "s"))" : "")
                           + ": state the real number, or leave the count out")
            }
        }
    }

    static let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    static let tens = ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90]

    /// "14", "fourteen", "twenty", "twenty-one"; nil for any other word.
    static func number(_ word: String) -> Int? {
        if let value = Int(word) { return value }
        if let value = units.firstIndex(of: word) { return value }
        if let value = tens[word] { return value }
        let parts = word.split(separator: "-").map(String.init)
        if parts.count == 2, let ten = tens[parts[0]], let unit = units.firstIndex(of: parts[1]), (1...9).contains(unit) { return ten + unit }
        return nil
    }
}
