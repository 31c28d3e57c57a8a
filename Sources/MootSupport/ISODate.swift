import Foundation

/// The one date format moot writes and reads: ISO 8601 in UTC, to the second.
public enum ISODate {
    public static func string(_ time: Microseconds) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: Double(time) / 1_000_000))
    }

    /// Reads what `string` writes, and also fractional seconds.
    public static func date(_ iso: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: iso) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: iso)
    }
}
