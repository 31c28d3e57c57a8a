import Foundation

/// One way of citing the article's paragraphs across the course: `"Section", para. 2`, `Intro, paras. 1–2`.
/// The other ways the cite reader also understands — an ordinal ("third paragraph", "fifth to eighth
/// paragraphs"), "para 2" without its point, a section run into its paragraph ("Intro para. 2") — are warned
/// about, so a learner reads one style everywhere. Only the parts of a cite that name the article's author are read.
enum ArticleCiteStyle {
    struct Patterns {
        let unpointed = /\bparas?\s+\d/
        let runIn = /(?:\bIntro|\bPE|\bTH|\bFTO|\bSH|\bCON|["”])\s+paras?\./
        let ordinal: Regex<AnyRegexOutput>? = {
            let words = ArticleCite.ordinals.joined(separator: "|")
            return (try? Regex<AnyRegexOutput>("\\b(\(words))(?:\\s*(?:to|–|-|and)\\s*(\(words)))?\\s+paragraphs?\\b"))?.ignoresCase()
        }()
    }

    /// What in `cite` departs from the course's style, one message each (none when it follows it).
    static func problems(in cite: String, author: String, patterns: Patterns = Patterns()) -> [String] {
        let surname = author.split(separator: " ").last.map(String.init) ?? author
        guard !surname.isEmpty else { return [] }
        var problems: [String] = []
        for part in cite.split(separator: ";") where part.contains(surname) {
            let text = String(part)
            if let pattern = patterns.ordinal, let match = text.firstMatch(of: pattern) {
                problems.append("writes '\(text[match.range])': write paragraphs as 'para. 3' or 'paras. 5–8'")
            }
            if let match = text.firstMatch(of: patterns.unpointed) {
                problems.append("writes '\(text[match.range])' without a point: write 'para. N'")
            }
            if let match = text.firstMatch(of: patterns.runIn) {
                problems.append("runs the section into its paragraph ('\(text[match.range])'): put a comma between them, as in 'Intro, para. 2'")
            }
        }
        return problems
    }
}
