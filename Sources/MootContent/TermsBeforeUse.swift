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
                    let words = Self.searchable(text)
                    for term in terms where term.forms.contains(where: { Self.contains(words, $0) }) {
                        explained.insert(term.entry.id)
                    }
                case .question(let question):
                    let prompt = Self.searchable(question.prompt)
                    for term in terms where !explained.contains(term.entry.id) && !warned.contains(term.entry.id)
                        && term.forms.contains(where: { Self.contains(prompt, $0) }) {
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
            forms.insert(String(term[..<open]).trimmingCharacters(in: .whitespaces))
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
        return Set(forms.map(searchable).filter { !$0.isEmpty })
    }

    /// Lower case, hyphens and punctuation as spaces, single spaces, padded so a form matches whole words only.
    static func searchable(_ text: String) -> String {
        let mapped = text.lowercased().unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? Character($0) : " " }
        return " " + String(mapped).split(separator: " ").joined(separator: " ") + " "
    }

    static func contains(_ searchable: String, _ form: String) -> Bool {
        searchable.contains(" " + form.trimmingCharacters(in: .whitespaces) + " ")
    }
}
