/// A clause of an answer that asks ("New? No.", "Is it an armed attack?") rather than states, and how the answer
/// answers it; a tentative answer ("Pershing?") is not one.
extension NodeRecognizer {
    /// For a clause ending in a question mark: nil if it is not a question; .some(nil) if nothing answers it;
    /// .some(true/false) when the next word says yes or no. A last clause that does not open as a question does
    /// ("Pershing?", "general Pershing I think?") is a tentative answer, not a question.
    static func answerToQuestion(ending clause: Clause, in words: [String]) -> Bool?? {
        let end = clause.range.upperBound == Int.max ? words.count : clause.range.upperBound + 1
        guard end < words.count, words[end] == TextNormalizer.questionMark else { return nil }
        guard let next = words[(end + 1)...].first(where: { $0 != TextNormalizer.pause }) else {
            let opening = words[min(clause.range.lowerBound, end)..<end].first { $0 != TextNormalizer.pause }
            return opening.map(questionOpenings.contains) ?? false ? .some(nil) : nil
        }
        if ["no", "nope", "nah", "not", "never"].contains(next) { return .some(false) }
        if ["yes", "yeah", "yep", "yup", "sure", "indeed", "absolutely"].contains(next) { return .some(true) }
        return .some(nil)
    }

    /// Words that open a question ("Is it…?", "What about…?").
    static let questionOpenings: Set<String> = ["is", "was", "are", "were", "do", "does", "did", "can", "could", "would",
        "should", "will", "has", "have", "had", "what", "who", "whom", "which", "why", "how", "when", "where",
        "really", "seriously", "so"]
}
