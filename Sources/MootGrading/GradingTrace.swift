import MootModel

extension Grader {
    /// For authors (`moot answer --trace`): the words the grader read, where negations and clause breaks fall,
    /// and every node it recognised, one line each.
    public func trace(_ question: Question, answer text: String) -> [String] {
        let analysis = recognizer.analyse(text, context: recognizer.context(for: question.prompt))
        var lines = ["stems: " + analysis.stems.sorted { $0.value[0] < $1.value[0] }
            .map { "\(recognizer.names[$0.key])@\($0.value)" }.joined(separator: " ")]
        lines.append("negations at \(analysis.negations), clause breaks at \(analysis.boundaries), question negative: \(analysis.context.negated)")
        for recognition in recognizer.recognise(analysis) {
            lines.append("  \(recognition.negated ? "denies " : "names  ") \(recognition.node) strength \(recognition.strength) "
                         + "span \(recognition.span)\(recognition.isName ? " (name)" : "")\(recognition.usedContext ? " (with the question's words)" : "")")
        }
        if question.kind == .numeric {
            for mention in NumberMention.all(in: text) {
                lines.append("  figure \(mention.value)\(mention.upper.map { "–\($0)" } ?? "")\(mention.negated ? " (denied)" : "")"
                             + "\(mention.alternative ? " (an alternative)" : "") followed by \(mention.following)")
            }
        }
        return lines
    }
}
