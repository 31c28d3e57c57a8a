/// An answer an author wrote beside a question, with the verdict it should get: keys are tested like code
/// (`moot check` grades every example and reports each disagreement at the example's position).
public struct ExampleAnswer: Sendable, Hashable {
    public var answer: String
    /// "correct", "partial" or "incorrect".
    public var label: String
    public var location: SourceLocation

    public static let labels = ["correct", "partial", "incorrect"]

    public init(answer: String, label: String, location: SourceLocation) {
        (self.answer, self.label, self.location) = (answer, label, location)
    }
}
