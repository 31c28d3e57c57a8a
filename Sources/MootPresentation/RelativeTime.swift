import MootSupport

/// A time ahead said as a learner says it: "in 10 minutes", "in 3 hours", "tomorrow", "in 4 days".
public enum RelativeTime {
    public static func phrase(from now: Microseconds, to time: Microseconds) -> String {
        let minutes = max(0, (time - now) / 60_000_000)
        switch minutes {
        case 0: return "in under a minute"
        case 1: return "in a minute"
        case ..<60: return "in \(minutes) minutes"
        case ..<90: return "in an hour"
        case ..<(24 * 60): return "in \((minutes + 30) / 60) hours"
        case ..<(48 * 60): return "tomorrow"
        default: return "in \((minutes + 12 * 60) / (24 * 60)) days"
        }
    }
}
