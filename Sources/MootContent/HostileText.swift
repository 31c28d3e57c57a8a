import Foundation

/// Checks on a content file's raw bytes and text that must run before Yams sees it, so that no file can make the
/// loader hang or run out of memory: a size limit, the line of the first invalid UTF-8 byte, and aliases used as
/// mapping keys (Yams hashes a key's whole expansion, which is exponential for an alias bomb).
enum HostileText {
    /// The largest content file moot reads (the README documents it); the real course's biggest file is under 100 KB.
    static let maxBytes = 2 * 1024 * 1024

    /// The 1-based line and column of the first byte that is not valid UTF-8, or nil if the data is valid.
    static func invalidUTF8Position(in data: Data) -> (line: Int, column: Int)? {
        var line = 1, column = 1
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, column)
            }
            guard data.distance(from: index, to: data.endIndex) >= length else { return (line, column) }
            for offset in 1..<max(length, 1) where data[index + offset] & 0xC0 != 0x80 { return (line, column) }
            if length > 1 {
                let scalarBytes = data[index..<index + length]
                if String(data: scalarBytes, encoding: .utf8) == nil { return (line, column) }
            }
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        return nil
    }

    /// The text's lines, exactly as `text.split(separator: "\n", omittingEmptySubsequences: false)` gives them. With no
    /// carriage return in the text, "\n" is always a character of its own, so the split is made on bytes (character by
    /// character it cost a sixth of loading the course); with one, "\r\n" is one character, and the split is left to
    /// `Character`.
    static func lines(of text: String) -> [Substring] {
        guard !text.utf8.contains(0x0D) else { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { text[$0.startIndex..<$0.endIndex] }
    }

    /// The position of the first alias (`*name`) used as a mapping key: after `? `, or directly followed by `:`.
    static func aliasKeyPosition(in text: String) -> (line: Int, column: Int)? {
        guard text.utf8.contains(UInt8(ascii: "*")) else { return nil }
        var lineNumber = 0
        for line in lines(of: text) {
            lineNumber += 1
            guard line.utf8.contains(UInt8(ascii: "*")) else { continue }
            let characters = Array(line)
            var index = 0
            while index < characters.count {
                defer { index += 1 }
                guard characters[index] == "*" else { continue }
                let before = index == 0 ? " " : characters[index - 1]
                guard " \t{[,?-".contains(before) else { continue }
                var end = index + 1
                while end < characters.count, !" \t:,{}[]".contains(characters[end]) { end += 1 }
                guard end > index + 1 else { continue }
                var after = end
                while after < characters.count, characters[after] == " " || characters[after] == "\t" { after += 1 }
                // A key starts a line (after `- `) or follows `?`, `{` or `,`; mid-text `*word:` is just text.
                let prefix = String(characters[..<index]).trimmingCharacters(in: .whitespaces)
                guard prefix.isEmpty || "?-{,[".contains(prefix.last ?? " ") else { continue }
                let explicitKey = prefix.hasSuffix("?")
                let colonKey = after < characters.count && characters[after] == ":"
                    && (after + 1 == characters.count || " \t".contains(characters[after + 1]))
                if explicitKey || colonKey { return (lineNumber, index + 1) }
            }
        }
        return nil
    }

    /// Keys repeated at the top level of a single-document block mapping (plain keys at column 1), with the line of
    /// each second occurrence, in Yams' order (sorted). One pass over the lines: Yams' own check resolves every key's
    /// tag through regular expressions, which took seconds for 20 000 duplicates, so many of them are found here first.
    static func topLevelDuplicateKeys(in text: String) -> (keys: [(key: String, line: Int)], firstLine: Int) {
        var first: [Substring: Int] = [:]
        var repeated: [(key: String, line: Int)] = []
        var firstOfRepeated: [String: Int] = [:]
        var lineNumber = 0
        for line in lines(of: text) {
            lineNumber += 1
            guard let start = line.utf8.first else { continue }
            if lineNumber == 1 || first.isEmpty, start == UInt8(ascii: "{") || start == UInt8(ascii: "[") { return ([], 1) }
            if line.hasPrefix("---") || line.hasPrefix("...") { return ([], 1) }
            let scalar = Unicode.Scalar(start)
            guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || start == UInt8(ascii: "_") else { continue }
            guard let colon = line.firstRange(of: ": ")?.lowerBound ?? (line.hasSuffix(":") ? line.index(before: line.endIndex) : nil)
            else { continue }
            let key = line[..<colon]
            guard !key.contains(" #") else { continue }
            if let earlier = first[key] {
                repeated.append((String(key), lineNumber))
                firstOfRepeated[String(key)] = earlier
            } else {
                first[key] = lineNumber
            }
        }
        let sorted = repeated.sorted { $0.key < $1.key }
        return (sorted, sorted.first.flatMap { firstOfRepeated[$0.key] } ?? 1)
    }

    /// Every line where `key:` starts a line (after indentation and `- `), by key: built once, in one pass.
    static func keyLines(in text: String, keys: Set<String>, from firstLine: Int) -> [String: [(line: Int, column: Int)]] {
        var found: [String: [(line: Int, column: Int)]] = [:]
        var lineNumber = 0
        for line in lines(of: text) {
            lineNumber += 1
            guard lineNumber >= firstLine else { continue }
            let trimmed = line.drop { $0 == " " || $0 == "-" }
            guard let colon = trimmed.firstIndex(of: ":") else { continue }
            let key = String(trimmed[..<colon])
            if keys.contains(key) { found[key, default: []].append((lineNumber, line.count - trimmed.count + 1)) }
        }
        return found
    }
}

/// Paths named inside content files stay inside the folder that names them.
enum ContentPath {
    /// True if `name` is relative and no `..` component leads out of its folder.
    static func staysInside(_ name: String) -> Bool {
        guard !name.hasPrefix("/"), !name.isEmpty else { return false }
        var depth = 0
        for part in name.split(separator: "/") {
            if part == ".." { depth -= 1 } else if part != "." { depth += 1 }
            if depth < 0 { return false }
        }
        return depth > 0
    }
}
