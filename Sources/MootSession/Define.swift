import MootModel
import MootPresentation
import MootSupport

extension Session {
    /// `define TERM`: the glossary entry; `define` alone lists the terms.
    func define(_ argument: String) -> String {
        guard !argument.isEmpty else {
            return style.wrap("Terms: " + course.glossary.map(\.id).joined(separator: ", ") + ". Type define TERM.")
        }
        guard let entry = course.glossaryEntry(argument) else {
            return style.warn("No term '\(argument.prefix(40))'") + Suggestion.hint(for: argument.lowercased(), in: course.glossary.map(\.id))
                + ". Type define for the list."
        }
        // At a question, the entry does not name the part of the map the question asks about (nor one a question
        // ahead asks about); it says a part is left out.
        return GlossaryView.render(entry, map: course.map, style: style, hiding: askedAhead(), showIDs: false)
    }
}
