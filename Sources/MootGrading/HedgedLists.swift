import MootModel

/// Hedged lists: a short answer that offers several items where one is asked for ("Tampico and Vera Cruz" for
/// "which port") has not chosen, so it earns half credit — as a teacher marks a list that contains the answer.
extension FreeTextGrader {
    /// Whether the answer is a list of short items (split at commas, "and", "or") of which the one that names the
    /// key is only one, and another is an alternative to it: offered with "or" and naming something the key's
    /// wordings and the question do not use ("Pershing or maybe Funston"), or naming another node of the map
    /// that is not linked to the key ("necessity and reporting to the UN"). An item that only adds a detail
    /// ("Corfu Channel, 1949", "Esper, then Secretary of Defense") is no alternative, nor is one the answer denies.
    func hedges(_ analysis: Analysis, key node: String, match: Recognition, recognitions: [Recognition]) -> Bool {
        guard analysis.boundaries.allSatisfy({ $0 >= analysis.words.count - 1 }) else { return false }
        var items: [ClosedRange<Int>] = []
        var start = 0
        for (index, word) in analysis.words.enumerated() {
            guard Self.listSeparators.contains(word) || index == analysis.words.count - 1 else { continue }
            let end = Self.listSeparators.contains(word) || word.hasPrefix(TextNormalizer.boundary) ? index - 1 : index
            if end >= start { items.append(start...end) }
            start = index + 1
        }
        guard items.count >= 2, items.allSatisfy({ $0.count <= 4 }),
              let own = items.first(where: { $0.contains(match.span.lowerBound) && $0.contains(match.span.upperBound) }),
              let key = map[node] else { return false }
        // A key named by its name is weighed against its names only: beside "Vera Cruz", "Tampico" is another port,
        // though the node's story mentions it; and a list of bare names offers a choice even with "and".
        let byName = match.isName && items.allSatisfy { $0.count <= 2 }
        let keyStems = Set((byName ? key.accept.aliases : key.accept.phrases + key.accept.aliases + key.accept.groups.flatMap { $0 })
            .flatMap { TextNormalizer.analyse($0).tokens.map(\.stem) })
        let linked = Set(map.edges.filter { $0.from == node || $0.to == node }.flatMap { [$0.from, $0.to] })
        let offersChoice = byName || analysis.words.contains("or")
        return items.contains { item in
            // A denied item is ruled out, not offered: "not Tampico, Vera Cruz" has chosen.
            guard item != own, !analysis.negations.contains(where: item.contains) else { return false }
            // An item with a figure is a detail: a year, a section ("sec 1.11.4.3"), a paragraph.
            let tokens = TextNormalizer.analyse(analysis.words[item].joined(separator: " ")).tokens
            let offeredInstead = offersChoice && !tokens.contains { $0.stem.first?.isNumber == true } && tokens.contains {
                !keyStems.contains($0.stem) && !context.stems.contains(recognizer.numbers[$0.stem] ?? -1)
            }
            let another = recognitions.contains {
                $0.node != node && !$0.negated && !$0.usedContext && !linked.contains($0.node)
                    && item.contains($0.span.lowerBound) && item.contains($0.span.upperBound)
            }
            return offeredInstead || another
        }
    }

    /// The words that separate the items of a list.
    static let listSeparators: Set<String> = [TextNormalizer.pause, "and", "or", "nor"]
}
