import MootModel

/// An application problem about several acts (`acts:`) asks for a verdict on each: an answer that judges only some
/// of them ("the Durango strike is unlawful", with nothing on the flights after day 90) is at most partial.
extension FreeTextGrader {
    /// The first act the answer never names, by its first wording; nil when it names them all.
    func unjudgedAct(of question: Question, in analysis: Analysis) -> String? {
        guard !question.acts.isEmpty else { return nil }
        let stems = Set(analysis.words.map(TextNormalizer.stem))
        return question.acts.first { wordings in
            !wordings.contains { TextNormalizer.words($0).allSatisfy { stems.contains(TextNormalizer.stem($0)) } }
        }?.first
    }
}
