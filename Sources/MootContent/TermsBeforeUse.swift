import Foundation
import MootModel

/// Terms of art explained before they are used: a question whose prompt uses a glossary term (IRAC, jus ad bellum,
/// armed attack …) must come after a narration step, earlier in the course, that uses the same term — where the
/// course explains it. One warning per term, at the first question that uses it too early.
extension TeachingCheck {
    func checkTermsBeforeUse() {
        let terms = course.glossary.map { (entry: $0, forms: Self.surfaceForms(of: $0.term)) }
        var explained = Set<String>(), warned = Set<String>()
        for lesson in course.lessons {
            for step in lesson.steps {
                switch step {
                case .narration(let text, _):
                    let words = Text(text)
                    for term in terms where !explained.contains(term.entry.id) && term.forms.contains(where: words.contains) {
                        explained.insert(term.entry.id)
                    }
                case .question(let question):
                    let pending = terms.filter { !explained.contains($0.entry.id) && !warned.contains($0.entry.id) }
                    if pending.isEmpty { continue }
                    let words = Text(question.prompt)
                    for term in pending where term.forms.contains(where: words.contains) {
                        warned.insert(term.entry.id)
                        sink.warning(question.location, "question '\(question.id)' uses the term of art '\(term.entry.term)' "
                                     + "before any narration step explains it (say what it means in a 'say:' step earlier)")
                    }
                }
            }
        }
    }

    /// The ways a term is written: as it stands, without its parenthesised abbreviation, the abbreviation alone,
    /// with British or American spelling, "A or B" / "A and B" either way round, and each in the plural.
    static func surfaceForms(of term: String) -> Set<String> {
        var forms: Set<String> = [term]
        if let open = term.firstIndex(of: "("), let close = term.lastIndex(of: ")"), open < close {
            forms.insert(String(term[..<open]))
            forms.insert(String(term[term.index(after: open)..<close]))
        }
        for form in forms {
            for joiner in [" or ", " and "] {
                let parts = form.components(separatedBy: joiner)
                if parts.count == 2 { forms.insert(parts[1] + joiner + parts[0]) }
            }
        }
        for form in forms where form.contains("defence") { forms.insert(form.replacingOccurrences(of: "defence", with: "defense")) }
        for form in forms { forms.insert(form + "s") }
        return Set(forms.map { words($0).joined(separator: " ") }.filter { !$0.isEmpty })
    }

    /// Lower-case words, hyphens and punctuation as breaks: "Self-Defence," is "self", "defence"; dashes and
    /// quotation marks (U+2000–U+207F) break too. Read as bytes (this runs over every narration at each start);
    /// other non-ASCII letters stay inside their word.
    static func words(_ text: String) -> [Substring] {
        var bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes[index] = byte + 32
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case 0xE2 where index + 2 < bytes.count && (bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81):
                bytes.replaceSubrange(index...index + 2, with: [32, 32, 32])
                index += 2
            case 0x80...: break
            default: bytes[index] = 32
            }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self).split(separator: " ")
    }

    /// A text as words, to ask whether a phrase occurs in it as whole words: a set of its words rejects most
    /// phrases at once, and only phrases whose every word occurs are looked for in the joined text.
    struct Text {
        let vocabulary: Set<Substring>
        let joined: String
        init(_ text: String) {
            let words = TeachingCheck.words(text)
            vocabulary = Set(words)
            joined = " " + words.joined(separator: " ") + " "
        }
        func contains(_ phrase: String) -> Bool {
            phrase.split(separator: " ").allSatisfy(vocabulary.contains) && joined.contains(" " + phrase + " ")
        }
    }
}
