import MootModel

/// A glossary entry as the tutor and `moot glossary` show it.
public enum GlossaryView {
    /// `hiding`: nodes a question on screen or ahead asks about, left out of "in the map" and counted instead.
    /// `showIDs`: the term's and nodes' ids, for `moot glossary`; the tutor shows titles only.
    public static func render(_ entry: GlossaryEntry, map: ArgumentMap, style: Style, hiding: Set<String> = [],
                              showIDs: Bool = true) -> String {
        var lines = [style.bold(entry.term) + (showIDs ? style.dim(" (\(entry.id))") : ""), style.wrap("  " + entry.definition, indent: "  ")]
        if let authority = entry.authority { lines.append(style.wrap("  " + style.dim("authority: ") + authority, indent: "  ")) }
        let plain = showIDs ? entry.plain : Array(distinct(entry.plain).prefix(3))
        if !plain.isEmpty { lines.append(style.wrap("  " + style.dim("in plain words: ") + plain.joined(separator: "; "), indent: "  ")) }
        var nodes = entry.nodes.filter { !hiding.contains($0) }.compactMap { id in map.title(of: id).map { showIDs ? "\($0) (\(id))" : $0 } }
        let hidden = entry.nodes.filter(hiding.contains).count
        if hidden > 0 { nodes.append(hidden == 1 ? "1 part left out until you answer the question that asks about it"
                                    : "\(hidden) parts left out until you answer the questions that ask about them") }
        if !nodes.isEmpty { lines.append(style.wrap("  " + style.dim("in the map: ") + nodes.joined(separator: "; "), indent: "  ")) }
        return lines.joined(separator: "\n")
    }

    /// The plain wordings a learner tells apart: spellings of one wording the grader reads alike ("can't or won't",
    /// "cant or wont", "will not or cannot") are shown once, first as written.
    static func distinct(_ wordings: [String]) -> [String] {
        var seen = Set<Set<String>>()
        return wordings.filter { wording in
            let letters = wording.lowercased().filter { $0.isLetter || $0 == " " }
            return seen.insert(Set(letters.split(separator: " ").map(String.init))).inserted
        }
    }
}
