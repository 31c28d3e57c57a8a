import MootPresentation
import MootQuiz

/// The prompt at a question: "unit-orientation 2/9 14:55 left> " where there is room. It keeps at most a third of
/// the line, so the answer typed after it has room on a narrow terminal: first the run's name goes, then "left".
enum QuestionPrompt {
    static func text(run: String, position: Int, of total: Int, secondsLeft: Int64?, width: Int) -> String {
        let time = secondsLeft.map { Submission.timeLeft(seconds: $0) } ?? ""
        let candidates = ["\(run) \(position)/\(total)\(time)> ",
                          "\(position)/\(total)\(time)> ",
                          "\(position)/\(total)\(time.replacingOccurrences(of: " left", with: ""))> "]
        return candidates.first { Style.displayWidth($0) <= width / 3 } ?? candidates[candidates.count - 1]
    }
}
