import MootModel

extension NodeRecognizer {
    /// Whether a word of the answer meets one requirement of a wording only as part of a longer term that meets
    /// another: "war powers" is not both the group [domestic, war powers, …] and the group [authority, powers, …].
    /// (The same term listed in two groups, as "legal" in [lawful, legal, …] and [under international law, legal],
    /// is the author's way of making the second optional, and stands.)
    func doubleCounts(_ chosen: [Alternative], _ analysis: Analysis, _ clause: Clause) -> Bool {
        chosen.indices.contains { index in
            let own = chosen[index].stems
            guard !own.isEmpty, own.allSatisfy(clause.stems.contains) else { return false }
            return chosen.indices.contains { other in
                other != index && chosen[other].stems.count > own.count && own.allSatisfy(chosen[other].stems.contains)
            } && own.allSatisfy { (analysis.stems[$0]?.count(where: clause.range.contains) ?? 0) < 2 }
        }
    }
}
