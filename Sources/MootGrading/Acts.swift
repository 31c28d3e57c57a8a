import MootModel

/// An application problem about several acts (`acts:`) asks for a verdict on each: an answer that judges only some
/// of them ("the Durango strike is unlawful", with nothing on the flights after day 90) is at most partial.
extension FreeTextGrader {
    /// The first act the answer never names, by its first wording; nil when it names them all. The acts' stems are
    /// read once per question (`QuestionContext.acts`).
    func unjudgedAct(in analysis: Analysis) -> String? {
        guard !context.acts.isEmpty else { return nil }
        let stems = Set(analysis.words.map(TextNormalizer.stem))
        return context.acts.first { act in !act.wordings.contains { $0.isSubset(of: stems) } }?.shown
    }
}
