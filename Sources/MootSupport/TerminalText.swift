import Foundation

/// Text read from a file, made safe to print: no control character, escape sequence or bidirectional override can
/// reach the terminal, so a student's name cannot retitle the window, clear the screen or recolour the output.
public enum TerminalText {
    /// Removes every control character (C0, DEL, C1) and bidi control; tabs become spaces. `keepNewlines` keeps `\n`.
    public static func safe(_ text: String, keepNewlines: Bool = false) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where keepNewlines: scalars.append(scalar)
            case 0x09: scalars.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
