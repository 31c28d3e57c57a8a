/// How questions came out at the first try, in the one measure every screen uses (the end of a lesson or run,
/// `progress`, review): a question is right when its first try earned full credit, and missed otherwise — wrong,
/// partly right, skipped, or answered only after the answer was shown. So "right" and "missed" add up to the total.
public struct FirstTryTally: Equatable, Sendable {
    public var right = 0, missed = 0
    /// Of the missed, those partly right at the first try.
    public var partly = 0
    public var total: Int { right + missed }

    public init(right: Int, missed: Int, partly: Int) {
        (self.right, self.missed, self.partly) = (right, missed, partly)
    }

    /// From first-try credits: 1 is right, anything less is missed (between 0 and 1, partly right).
    public init(_ credits: [Double]) {
        for credit in credits {
            if credit >= 0.999 { right += 1 } else { missed += 1; if credit > 0 { partly += 1 } }
        }
    }

    /// "10 right, 4 missed of 14 (1 of them partly right)".
    public var words: String { words(answered: false) }

    /// With `answered`, "of 5 answered": for a lesson not finished.
    public func words(answered: Bool) -> String {
        let note = partly == 0 ? "" : missed == 1 ? " (partly right)" : " (\(partly) of them partly right)"
        return "\(right) right, \(missed) missed of \(total)" + (answered ? " answered" : "") + note
    }
}
