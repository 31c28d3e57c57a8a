import MootModel

/// What the grader reads once per course rather than once per answer: the figures each numeric question's prompt
/// gives, and the words of each choice option. A question or option the course does not hold is read when asked.
struct CourseReadings: Sendable {
    /// Numeric question id → its prompt and the figures in it (the prompt is compared, so another question under
    /// the same id is read afresh).
    private var promptFigures: [String: (prompt: String, figures: Set<Double>)] = [:]
    /// Option text → the stems of its words.
    private var optionWords: [String: Set<String>] = [:]

    init(course: Course) {
        for question in course.lessons.flatMap(\.questions) {
            switch question.body {
            case .numeric:
                promptFigures[question.id] = (question.prompt, Set(NumberReader.numbers(in: question.prompt)))
            case .choice(let choices):
                for choice in choices where optionWords[choice.text] == nil { optionWords[choice.text] = Self.words(choice.text) }
            default:
                break
            }
        }
    }

    /// The figures a question's prompt gives ("in 2023").
    func figures(inPromptOf question: Question) -> Set<Double> {
        if let read = promptFigures[question.id], read.prompt == question.prompt { return read.figures }
        return Set(NumberReader.numbers(in: question.prompt))
    }

    /// The stems of an option's words, as `Grader.selection` compares them with an answer's.
    func words(ofOption text: String) -> Set<String> { optionWords[text] ?? Self.words(text) }

    private static func words(_ text: String) -> Set<String> { Set(TextNormalizer.analyse(text).tokens.map(\.stem)) }
}
