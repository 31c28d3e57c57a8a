import Foundation
import MootModel

/// Reads the places in the article a `cite:` names — "Pedrozo 2025, "Self-Help (Unable or Unwilling)", paras. 2–4",
/// "Intro para. 2", "third paragraph", "fifth to eighth paragraphs" — so a paragraph the article does not have is
/// caught. Only the parts of a cite that name the article's author are read (parts are split at ';'); a paragraph
/// is read against the section named last before it.
enum ArticleCite {
    /// What is wrong with the article places `cite` names, one message each (none when all are right).
    static func problems(in cite: String, author: String, sections: [ArticleSection], patterns: Patterns = Patterns()) -> [String] {
        let surname = author.split(separator: " ").last.map(String.init) ?? author
        guard !surname.isEmpty else { return [] }
        var problems: [String] = []
        for part in cite.split(separator: ";") where part.contains(surname) {
            var current: (name: String, section: ArticleSection?)?
            for mention in mentions(in: String(part), sections: sections, patterns: patterns) {
                switch mention {
                case .section(let name, let section):
                    current = (name, section)
                case .paragraphs(let numbers, let written):
                    guard let named = current else {
                        problems.append("names '\(written)' of the article without saying which section (sections: "
                                        + sections.map(\.id).joined(separator: ", ") + ")")
                        continue
                    }
                    guard let section = named.section else {
                        problems.append("names '\(written)' of '\(named.name)', which is not a section of the article (sections: "
                                        + sections.map { "\($0.id) “\($0.title)”" }.joined(separator: ", ") + ")")
                        continue
                    }
                    let beyond = numbers.filter { !(1...max(1, section.paragraphs)).contains($0) }
                    if !beyond.isEmpty {
                        problems.append("names paragraph \(beyond.map(String.init).joined(separator: ", ")) of \(section.id) "
                                        + "(“\(section.title)”), which has \(section.paragraphs)")
                    }
                }
            }
        }
        return problems
    }

    enum Mention {
        case section(name: String, ArticleSection?)
        case paragraphs([Int], written: String)
    }

    /// The longest cite read; the course's longest is about 400 characters.
    static let longest = 2_000

    static let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                           "eleventh", "twelfth"]

    /// The patterns cites are read with, built once for all of a course's cites: a Swift regex is parsed and compiled
    /// each time its literal or `Regex(_:)` is evaluated, which cost more than reading the cites with them.
    struct Patterns {
        let quoted = /"([^"]+)"|“([^”]+)”/
        let capitalised = /\b([A-Z][A-Za-z]*)\b/
        let paragraphs = /paras?\.?\s*(\d+)((?:\s*(?:–|-|to|and|,)\s*\d+)*)/
        let ordinalParagraphs: Regex<AnyRegexOutput>? = {
            let words = ArticleCite.ordinals.joined(separator: "|")
            return (try? Regex<AnyRegexOutput>("\\b(\(words))(?:\\s*(?:to|–|-|and)\\s*(\(words)))?\\s+paragraphs?\\b"))?.ignoresCase()
        }()
    }

    /// Whether `text` holds `word`'s bytes, ASCII letters compared without case: a text without them cannot match a
    /// pattern that needs them, and is not searched with it.
    static func holds(_ text: String, _ word: String, ignoringCase: Bool = false) -> Bool {
        let bytes = Array(text.utf8), wanted = Array(word.utf8)
        func fold(_ byte: UInt8) -> UInt8 { ignoringCase && (65...90).contains(byte) ? byte + 32 : byte }
        guard wanted.count <= bytes.count else { return false }
        return (0...(bytes.count - wanted.count)).contains { start in wanted.indices.allSatisfy { fold(bytes[start + $0]) == fold(wanted[$0]) } }
    }

    /// Section names and paragraph references in the order they are written.
    static func mentions(in text: String, sections: [ArticleSection], patterns: Patterns = Patterns()) -> [Mention] {
        var found: [(at: String.Index, mention: Mention)] = []
        var quoted: [Range<String.Index>] = []
        for match in holds(text, "\"") || holds(text, "“") ? text.matches(of: patterns.quoted) : [] {
            let name = String(match.output.1 ?? match.output.2 ?? "")
            let section = sections.first { $0.title.lowercased() == name.lowercased() || $0.id == name }
            found.append((match.range.lowerBound, .section(name: name, section)))
            quoted.append(match.range)
        }
        // A section id inside a quoted heading is not a second mention; both lists run in order, so one pass.
        var next = 0
        // Only a word that is a section's id counts, so a text holding no id is not searched.
        for match in sections.contains(where: { holds(text, $0.id) }) ? text.matches(of: patterns.capitalised) : [] {
            while next < quoted.count && quoted[next].upperBound <= match.range.lowerBound { next += 1 }
            let inQuote = next < quoted.count && quoted[next].contains(match.range.lowerBound)
            if !inQuote, let section = sections.first(where: { $0.id == String(match.output.1) }) {
                found.append((match.range.lowerBound, .section(name: String(match.output.1), section)))
            }
        }
        for match in holds(text, "para") ? text.matches(of: patterns.paragraphs) : [] {
            let written = String(match.output.0)
            found.append((match.range.lowerBound, .paragraphs(expanded(written.split(separator: " ").flatMap(spaced)), written: written)))
        }
        // No character but an ASCII letter matches p, a, r, g or h ignoring case.
        if let pattern = patterns.ordinalParagraphs, holds(text, "paragraph", ignoringCase: true) {
            for match in text.matches(of: pattern) {
                let written = String(text[match.range])
                let words = written.lowercased().split { !$0.isLetter }.map { word in
                    ordinals.firstIndex(of: String(word)).map { String($0 + 1) } ?? String(word)
                }
                found.append((match.range.lowerBound, .paragraphs(expanded(words), written: written)))
            }
        }
        return found.sorted { $0.at < $1.at }.map(\.mention)
    }

    /// "2–4" as "2", "–", "4"; other words as they are.
    private static func spaced(_ word: Substring) -> [String] {
        var words: [String] = []
        for (index, piece) in word.split(separator: "–", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { words.append("–") }
            words += piece.split(separator: ",").map(String.init)
        }
        return words
    }

    /// The paragraph numbers in words already split: "2 – 4" and "5 to 8" are ranges, "1 and 3" two paragraphs.
    static func expanded(_ words: [String]) -> [Int] {
        var numbers: [Int] = []
        var range = false
        for word in words {
            if let number = Int(word.trimmingCharacters(in: .punctuationCharacters)) {
                if range, let last = numbers.last, number > last, number - last < 50 { numbers += Array(last + 1...number) } else { numbers.append(number) }
                range = false
            } else {
                range = ["–", "-", "to"].contains(word)
            }
        }
        return numbers
    }
}

extension Validator {
    /// Every narration and question `cite:` that names a paragraph of the article names one it has, in the
    /// course's one style (ArticleCiteStyle).
    func checkArticleCites() {
        let sections = course.citation.sections
        guard !sections.isEmpty else { return }
        let patterns = ArticleCite.Patterns(), style = ArticleCiteStyle.Patterns()
        func check(_ cite: String?, at location: SourceLocation) {
            guard let cite else { return }
            // A cite names sources; one longer than this is text pasted in the wrong field (and reading it would be slow).
            guard cite.count <= ArticleCite.longest else {
                return sink.error(location, "the cite is \(cite.count) characters long: a cite names its sources in at most "
                                  + "\(ArticleCite.longest) characters (the text goes in 'say')")
            }
            for problem in ArticleCite.problems(in: cite, author: course.citation.author, sections: sections, patterns: patterns) {
                sink.error(location, "the cite " + problem)
            }
            for problem in ArticleCiteStyle.problems(in: cite, author: course.citation.author, patterns: style) {
                sink.warning(location, "the cite " + problem)
            }
        }
        for lesson in course.lessons {
            for (index, step) in lesson.steps.enumerated() {
                switch step {
                case .narration(_, let cite): check(cite, at: lesson.citeLocations[index] ?? lesson.location)
                case .question(let question): check(question.cite, at: question.citeLocation ?? question.location)
                }
            }
        }
    }
}
