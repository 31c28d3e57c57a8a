/// Text made safe for HTML, for every page and export moot writes.
public enum HTMLText {
    /// The five characters HTML gives meaning to, escaped, so no text can open a tag or leave an attribute.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// JSON for a `<script type="application/json">` element: "<" written as \u003c, so no text can close the
    /// element or open a comment.
    public static func scriptData(_ json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c")
    }
}

extension HTMLText {
    /// Fills `{{NAME}}` slots in one pass, so a value that itself holds `{{…}}` (a node titled "{{DATA}}") is kept
    /// as it is, never filled in its turn.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = "", rest = template[...]
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            result += rest[..<open.lowerBound]
            let name = String(rest[open.upperBound..<close.lowerBound])
            result += values[name] ?? "{{" + name + "}}"
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
