import MootModel

/// Graphviz DOT's quoting and moot's look for the map: colours by node kind, line styles by edge kind, the legend.
enum DOT {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }

    static func quote(_ text: String) -> String { "\"" + escape(text) + "\"" }

    static func fill(_ kind: NodeKind) -> String {
        switch kind {
        case .claim: "#cfe2ff"
        case .premise: "#e2e3e5"
        case .evidence: "#fff3cd"
        case .authority: "#d1e7dd"
        case .objection: "#f8d7da"
        case .reply: "#d1f0e0"
        case .counterargument: "#f5c2c7"
        }
    }

    /// Shapes that tell node kinds apart without colour (print, colour blindness).
    static func shape(_ kind: NodeKind) -> String {
        switch kind {
        case .claim, .premise: ""
        case .evidence: ", shape=note, style=filled"
        case .authority: ", shape=tab, style=filled"
        case .objection, .counterargument: ", shape=hexagon, style=filled"
        case .reply: ", shape=octagon, style=filled"
        }
    }

    /// Attributes that tell one kind of edge from another.
    static func look(_ kind: EdgeKind) -> String {
        switch kind {
        case .supports: ""
        case .rebuts: ", color=\"#b02a37\""
        case .undermines: ", color=\"#b02a37\", style=dashed"
        case .undercuts: ", color=\"#b02a37\", style=dotted"
        case .answers: ", color=\"#198754\""
        }
    }

    /// A cluster naming every node kind and edge kind as the map draws them.
    static var legend: [String] {
        var lines = ["  subgraph cluster_legend {", "    label=\"Legend\"; fontname=\"Helvetica\"; style=dashed;"]
        for kind in NodeKind.allCases {
            lines.append("    \(quote("legend " + kind.rawValue)) [label=\(quote(kind.rawValue)), fillcolor=\(quote(fill(kind)))\(shape(kind))];")
        }
        lines.append("    \"legend unstated\" [label=\"unstated premise\", fillcolor=\"#e2e3e5\", style=\"rounded,filled,dashed\"];")
        for (index, kind) in EdgeKind.allCases.enumerated() {
            let from = "legend edge \(index) from", to = "legend edge \(index) to"
            lines.append("    \(quote(from)) [shape=plaintext, style=\"\", label=\"\"]; \(quote(to)) [shape=plaintext, style=\"\", label=\"\"];")
            lines.append("    \(quote(from)) -> \(quote(to)) [label=\(quote(kind.rawValue))\(look(kind))];")
        }
        lines.append("    \"legend together a\" [label=\"premise\", fillcolor=\"#e2e3e5\"]; \"legend together b\" [label=\"premise\", fillcolor=\"#e2e3e5\"];")
        lines.append("    \"legend junction\" [shape=point, width=0.12, label=\"\"];")
        lines.append("    \"legend together a\" -> \"legend junction\" [arrowhead=none]; \"legend together b\" -> \"legend junction\" [arrowhead=none];")
        lines.append("    \"legend junction\" -> \"legend claim\" [label=\"linked: only together\"];")
        lines.append("  }")
        return lines
    }
}
