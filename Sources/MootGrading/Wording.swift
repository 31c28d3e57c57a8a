/// A wording of the map as matching reads it: numbered stems, grouped into what a match must have.
extension NodeRecognizer {
    /// One way of naming a node: every requirement must be met by one of its alternatives. A class, so that the
    /// hot loop over candidate wordings shares each one rather than copying its arrays.
    final class Pattern: Sendable {
        let node: String
        let requirements: [[Alternative]]
        let reject: [[Int]]
        let isName: Bool
        /// How many clause boundaries the wording itself spans ("right about X, but Y"); a match may span no more.
        let boundaries: Int
        /// The stems of the requirements that have a single alternative: a match needs every one of them.
        let mustHave: [Int]
        /// The stems of the negating words the wording offers as alternatives ("rejected" in [rejected, policy of
        /// force]): said in the answer, such a word states the requirement, it does not deny the match.
        let ownNegations: Set<String>

        init(node: String, requirements: [[Alternative]], reject: [[Int]], isName: Bool, boundaries: Int) {
            (self.node, self.requirements, self.reject, self.isName, self.boundaries) = (node, requirements, reject, isName, boundaries)
            mustHave = requirements.filter { $0.count == 1 }.flatMap { $0[0].stems }
            ownNegations = Set(requirements.filter { $0.count > 1 }.joined().compactMap(\.word))
        }
    }

    /// A set of stems that must all occur, and whether the wording is itself negative ("no legal authority").
    /// A wording that is only a negation ("cannot", "will not") has no stems and needs a negation in the answer.
    struct Alternative: Sendable {
        var stems: [Int]
        var negative: Bool
        /// For a wording that is one negating word ("rejected"), its stem.
        var word: String? = nil
        var isBareNegation: Bool { stems.isEmpty && negative }
    }
}
