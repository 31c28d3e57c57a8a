import Foundation

/// How two names on submissions are compared: `S2`, `s2` and `s2` with a zero-width space are one student.
enum StudentName {
    /// Unicode compatibility normalisation (NFKC), case folding, invisible (format) characters removed, spaces collapsed.
    static func key(_ name: String) -> String {
        let visible = String(String.UnicodeScalarView(name.precomposedStringWithCompatibilityMapping.unicodeScalars.filter {
            $0.properties.generalCategory != .format && !$0.properties.isDefaultIgnorableCodePoint
        }))
        let folded = visible.folding(options: [.caseInsensitive, .widthInsensitive], locale: nil)
        return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
