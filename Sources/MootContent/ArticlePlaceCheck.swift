import MootModel
import MootSupport

extension Validator {
    /// A node from the article names a section the course lists and a paragraph that section has; every node from
    /// the article says which paragraph, so a learner can be told where to read it.
    func checkArticlePlaces() {
        let sections = course.citation.sections
        guard !sections.isEmpty else { return }
        let ids = sections.map(\.id)
        for node in course.map.nodes {
            guard let section = course.citation.section(node.section) else {
                if let paragraph = node.paragraph {
                    sink.error(node.location, "node '\(node.id)' gives paragraph \(paragraph) of '\(node.section)', which is not "
                               + "a section of the article\(Suggestion.hint(for: node.section, in: ids)) (sections: \(ids.joined(separator: ", ")))")
                }
                continue
            }
            guard let paragraph = node.paragraph else {
                sink.error(node.location, "node '\(node.id)' is from the article's \(section.id) section but gives no 'paragraph' (1–\(section.paragraphs))")
                continue
            }
            if !(1...section.paragraphs).contains(paragraph) {
                sink.error(node.location, "node '\(node.id)' cites paragraph \(paragraph) of \(section.id), which has \(section.paragraphs)")
            }
        }
    }
}
