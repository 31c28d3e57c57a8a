import MootModel

/// Review (and practice) shows a question without the narration before it, so a written answer's prompt must not
/// point at what only that narration said: "Who gave that testimony?", "from these figures", "according to this
/// section". A demonstrative before a noun, in the prompt's first sentence, is such a pointer; later sentences may
/// point back at the prompt's own first one ("The article adds that 140,000 more troops … What does that figure
/// show?"). Choice and classify questions are left out: there "these" and "this statement" point at what is on
/// screen. Lead-ins that continue a conversation are checked for every question, as for a quiz.
extension TeachingCheck {
    func checkShownAlone() {
        for question in course.lessons.flatMap(\.questions) {
            if let lean = Self.leansOnTheQuestionBefore(question.prompt) {
                sink.warning(question.location, "'\(question.id)' does not read on its own in review: '\(lean)' leans on the question before")
            } else if [.short, .explain, .numeric, .truefalse].contains(question.kind),
                      let pointer = Self.pointerToNarration(question.prompt) {
                sink.warning(question.location, "'\(question.id)' does not read on its own in review, where the narration before it "
                             + "is not shown: '\(pointer)' points at it; name what is meant")
            }
        }
    }

    /// "these figures", "this section", "that testimony" in the first sentence; "that" only before a noun it
    /// cannot be a conjunction for.
    static func pointerToNarration(_ prompt: String) -> String? {
        let first = prompt.split(omittingEmptySubsequences: true) { ".?!:".contains($0) }.first.map(String.init) ?? prompt
        let words = first.lowercased().split { !$0.isLetter }.map(String.init)
        for (word, next) in zip(words, words.dropFirst()) {
            switch word {
            case "these", "those", "this" where !["course", "article", "lesson", "question"].contains(next): return "\(word) \(next)"
            case "that" where referents.contains(next): return "\(word) \(next)"
            default: continue
            }
        }
        return nil
    }

    /// Nouns after which "that" points back rather than opening a clause.
    static let referents: Set<String> = [
        "testimony", "figure", "figures", "decision", "section", "passage", "paragraph", "case", "report", "order",
        "statement", "claim", "argument", "analogy", "comparison", "episode", "letter", "quote", "source", "step",
    ]
}
