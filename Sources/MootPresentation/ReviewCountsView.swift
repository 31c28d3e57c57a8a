import MootStore
import MootSupport

/// What review holds, in the same words on every screen: the welcome, `review`, the end of a review and
/// `progress` (where `command` is `moot review` from the shell and `review` in the tutor).
extension ReviewCounts {
    /// "8 questions to review now (5 you missed, 3 on the same parts of the argument as one you missed): type
    /// review.", why more wait, and when the rest come due.
    public func lines(command: String, style: Style) -> [String] {
        var lines = [dueNow > 0 ? "\(Self.questions(dueNow)) to review now (\(parts)): type \(style.accent(command))."
                                : "Nothing to review now."]
        if let heldBackReason { lines.append(heldBackReason) }
        if later > 0, let nextDue {
            lines.append("\(later) more come\(later == 1 ? "s" : "") due later, the first of them "
                         + RelativeTime.phrase(from: now, to: nextDue) + ".")
        }
        return lines
    }

    /// Why some due questions wait: the daily limit, said with its figures and how to change it.
    public var heldBackReason: String? {
        guard heldBack > 0 else { return nil }
        return "\(heldBack) more \(heldBack == 1 ? "is" : "are") due but wait for another day: at most \(newPerDay) questions come "
            + "to review for the first time each day, and \(newToday) already have today (review limit N changes it)."
    }

    /// The heading of a review run of `taken` questions, the first `taken` of those due now.
    public func heading(taken: Int) -> String {
        let share = taken < dueNow ? "\(taken) of the \(Self.questions(dueNow)) to review now (review takes \(taken) at a time)"
                                   : "the \(Self.questions(taken).replacingOccurrences(of: "1 question", with: "question")) to review now"
        return ["Review: \(share), most overdue first: \(parts).", heldBackReason].compactMap { $0 }.joined(separator: " ")
    }

    /// "5 you missed, 3 on the same parts of the argument as one you missed"
    var parts: String {
        let others = dueNow - dueMissed
        return [dueMissed > 0 ? "\(dueMissed) you missed" : nil,
                others > 0 ? "\(others) on the same part\(others == 1 ? "" : "s") of the argument as one you missed" : nil]
            .compactMap { $0 }.joined(separator: ", ")
    }

    static func questions(_ count: Int) -> String { "\(count) question\(count == 1 ? "" : "s")" }
}
