import MootGrading
import MootModel
import MootPresentation
import MootSupport

extension Session {
    /// `define TERM`: the glossary entry; `define` alone lists the terms.
    func define(_ argument: String) -> String {
        guard !argument.isEmpty else {
            return style.wrap("Terms: " + course.glossary.map(\.id).joined(separator: ", ") + ". Type define TERM.")
        }
        guard let entry = TermLookup.entry(argument, in: course.glossary) else {
            let near = TermLookup.suggestion(for: argument, in: course.glossary).map { " (did you mean '\($0)'?)" } ?? ""
            return style.warn("No term '\(argument.prefix(40))'") + near + ". Type define for the list."
        }
        // At a question, the entry does not name the part of the map the question asks about (nor one a question
        // ahead asks about); it says a part is left out.
        return GlossaryView.render(entry, map: course.map, style: style, hiding: askedAhead(), showIDs: false)
    }
}
