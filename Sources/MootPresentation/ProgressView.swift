import Foundation
import MootStore

extension ProgressReport {
    /// What the two lesson scores mean, on every screen that shows them.
    public static let scoreLegend = "first try: your first answer to each question, which does not change; "
        + "latest: your last answer to each, review included."

    /// The report for a terminal: a bar per lesson, the weakest nodes, and what is due. `reviewCommand` is what
    /// to type for review where the report is read (`moot review` from the shell).
    public func render(style: Style, reviewCommand: String = "review") -> String {
        func bar(_ share: Double) -> String {
            let filled = Int((share * 20).rounded())
            return style.good(String(repeating: "█", count: filled)) + style.dim(String(repeating: "░", count: 20 - filled))
        }
        var lines = [style.bold("Lessons")]
        for (index, lesson) in lessons.enumerated() {
            let share = lesson.total == 0 ? 0 : Double(lesson.done) / Double(lesson.total)
            lines.append("\("\(index + 1).".leftPad(4)) \(lesson.id.padding(toLength: 18, withPad: " ", startingAt: 0)) \(bar(share)) "
                         + "\(lesson.done)/\(lesson.total)" + (lesson.done > 0 ? "  first try \(Int((lesson.firstTry * 100).rounded()))%, latest \(Int((lesson.score * 100).rounded()))%" : ""))
            // The same count, in the same words, as the end of the lesson.
            if lesson.done > 0 {
                let tally = FirstTryTally(right: lesson.firstTryRight, missed: lesson.firstTryMissed, partly: lesson.firstTryPartly)
                lines.append(style.wrap("       first try: " + tally.words(answered: lesson.done < lesson.total), indent: "         "))
            }
        }
        if lessons.contains(where: { $0.done > 0 }) { lines.append(style.dim(style.wrap(Self.scoreLegend, indent: "  "))) }
        if !nodes.isEmpty {
            lines.append(style.bold("Weakest parts of the argument") + style.dim(" (how likely you are to recall each a week from now)"))
            for node in nodes.sorted(by: { $0.mastery < $1.mastery }).prefix(8) {
                lines.append(style.wrap("  \(Int((node.mastery * 100).rounded()).description.leftPad(3))%  \(node.title)", indent: "        "))
            }
        }
        lines += review.lines(command: reviewCommand, style: style).map { style.wrap($0, indent: "  ") }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func leftPad(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
