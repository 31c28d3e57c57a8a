import MootModel

/// Reads the labelled example answers an author writes beside a question or a node.
enum ExampleReader {
    /// `examples: [{answer: ..., label: ...}, ...]`, each label one of `labels` (a node's examples are about
    /// whether an answer names it: correct or incorrect).
    static func read(_ fields: Fields, labels: [String] = ExampleAnswer.labels) -> [ExampleAnswer] {
        fields.list("examples").compactMap { item in
            guard let entry = Fields(item, file: fields.file, sink: fields.sink, what: "an example answer") else { return nil }
            defer { entry.finish() }
            guard let answer = entry.string("answer", required: true), let label = entry.string("label", required: true) else {
                return nil
            }
            guard labels.contains(label) else {
                entry.sink.error(entry.location("label"), "label '\(label)' is not one of \(labels.joined(separator: ", "))")
                return nil
            }
            return ExampleAnswer(answer: answer, label: label, location: Fields.location(of: item, in: fields.file))
        }
    }
}
