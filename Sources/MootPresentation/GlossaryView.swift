import MootModel

/// A glossary entry as the tutor and `moot glossary` show it.
public enum GlossaryView {
    public static func render(_ entry: GlossaryEntry, map: ArgumentMap, style: Style) -> String {
        var lines = [style.bold(entry.term) + style.dim(" (\(entry.id))"), style.wrap("  " + entry.definition, indent: "  ")]
        if let authority = entry.authority { lines.append(style.wrap("  " + style.dim("authority: ") + authority, indent: "  ")) }
        if !entry.plain.isEmpty { lines.append(style.wrap("  " + style.dim("in plain words: ") + entry.plain.joined(separator: "; "), indent: "  ")) }
        let nodes = entry.nodes.compactMap { id in map.title(of: id).map { "\($0) (\(id))" } }
        if !nodes.isEmpty { lines.append(style.wrap("  " + style.dim("in the map: ") + nodes.joined(separator: "; "), indent: "  ")) }
        return lines.joined(separator: "\n")
    }
}
