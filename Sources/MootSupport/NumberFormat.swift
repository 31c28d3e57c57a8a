import Foundation

/// How moot writes numbers: in feedback and rules, and in gradebooks and exports.
public enum NumberFormat {
    /// A whole number with thousands commas (105,000); anything else as Swift prints it.
    public static func plain(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 {
            let digits = String(Int(value))
            var grouped = ""
            for (index, character) in digits.reversed().enumerated() {
                if index > 0 && index % 3 == 0 && character != "-" { grouped.append(",") }
                grouped.append(character)
            }
            return String(grouped.reversed())
        }
        return String(value)
    }

    /// Two decimals at most, no trailing zeros: 7, 7.5, 7.25.
    public static func twoDecimals(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%g", rounded)
    }
}
