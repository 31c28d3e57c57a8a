import MootStore
import MootSupport

/// What review holds, in the same words on every screen: the welcome, `review`, the end of a review and
/// `progress` (where `command` is `moot review` from the shell and `review` in the tutor).
extension ReviewCounts {
    /// "8 questions due for review (5 you missed, 3 on the same parts of the argument as one you missed): type
    /// review.", why more wait, and when the rest come due (with how many of them were missed, so the figures
    /// add up to the lesson's count of missed questions). No "now" is said twice on a screen: "review now" is a
    /// command.
    public func lines(command: String, style: Style) -> [String] {
        var lines = [dueNow > 0 ? "\(Self.questions(dueNow)) due for review (\(parts)): type \(style.accent(command))."
                                : "Nothing is due for review."]
        if let heldBackReason { lines.append(heldBackReason) }
        if later > 0, let nextDue {
            let whose = laterMissed == later ? (later == 1 ? "one you missed" : "all \(later) you missed")
                : laterMissed == 0 ? "on the same parts as one you missed" : "\(laterMissed) you missed"
            lines.append("\(later) more come\(later == 1 ? "s" : "") due later (\(whose)), the first of them "
                         + RelativeTime.phrase(from: now, to: nextDue) + ".")
        }
        return lines
    }

    /// Why some due questions wait: the day's allowance of questions new to review is taken, said with the figures
    /// that take it (those that came to review for the first time today, and those new in today's review; they add
    /// up to the limit, or pass it when the limit was lowered today) and how to change it.
    public var heldBackReason: String? {
        guard heldBack > 0 else { return nil }
        let taken = [newToday > 0 ? "\(newToday) already reviewed today" : nil,
                     newNow > 0 ? "\(newNow) of the \(Self.questions(dueNow)) due now" : nil]
            .compactMap { $0 }.joined(separator: ", ")
        return "\(heldBack) more \(heldBack == 1 ? "is" : "are") due but wait for another day: at most \(newPerDay) "
            + "question\(newPerDay == 1 ? "" : "s") a day come\(newPerDay == 1 ? "s" : "") to review for the first time, and today's "
            + (newPerDay == 0 ? "limit is 0" : "\(newPerDay == 1 ? "one is" : "are") taken" + (taken.isEmpty ? "" : " (\(taken))"))
            + "; review limit N changes it."
    }

    /// The heading of a review run of `taken` questions, the first `taken` of those due now.
    public func heading(taken: Int) -> String {
        let share = taken < dueNow ? "\(taken) of the \(Self.questions(dueNow)) due (review takes \(taken) at a time)"
                                   : "the \(Self.questions(taken).replacingOccurrences(of: "1 question", with: "question")) due"
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
