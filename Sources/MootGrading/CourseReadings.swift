import MootModel

/// What the grader reads once per course rather than once per answer: the figures each numeric question's prompt
/// gives, the words of each choice option, the dates each node gives, and the cases its aliases cite. A question, option or node the course
/// does not hold is read when asked.
struct CourseReadings: Sendable {
    /// Numeric question id → its prompt and the figures in it (the prompt is compared, so another question under
    /// the same id is read afresh).
    private var promptFigures: [String: (prompt: String, figures: Set<Double>)] = [:]
    /// Option text → the stems of its words.
    private var optionWords: [String: Set<String>] = [:]
    /// Node id → the days of the month its text, title and wordings give.
    private var nodeDays: [String: [DayOfMonth]] = [:]
    /// Node id → the folded words of its wordings and title, and the days of the month they give.
    private var wordingDays: [String: (words: [String], days: [DayOfMonth])] = [:]
    /// Node id → the parties either side of "v." in each case its aliases cite ("Nicaragua v United States").
    private var citedCases: [String: [(first: String, second: String)]] = [:]

    init(course: Course) {
        for node in course.map.nodes {
            nodeDays[node.id] = Self.days(inTextOf: node)
            wordingDays[node.id] = Self.wordingDays(of: node)
            let cases = node.accept.aliases.compactMap(Self.parties(ofCase:))
            if !cases.isEmpty { citedCases[node.id] = cases }
        }
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

    /// The parties either side of "v." in each case the node's aliases cite.
    func cases(citedBy node: String) -> [(first: String, second: String)] { citedCases[node] ?? [] }

    /// The words either side of "v." ("vs", "versus") in a case name.
    static func parties(ofCase name: String) -> (first: String, second: String)? {
        let parts = TextNormalizer.words(name).filter { $0 != TextNormalizer.boundary }
        guard let v = parts.firstIndex(where: versus.contains), v > 0, v + 1 < parts.count else { return nil }
        return (parts[v - 1], parts[v + 1])
    }

    static let versus: Set<String> = ["v", "vs", "versus"]

    /// The figures a question's prompt gives ("in 2023").
    func figures(inPromptOf question: Question) -> Set<Double> {
        if let read = promptFigures[question.id], read.prompt == question.prompt { return read.figures }
        return Set(NumberReader.numbers(in: question.prompt))
    }

    /// The stems of an option's words, as `Grader.selection` compares them with an answer's.
    func words(ofOption text: String) -> Set<String> { optionWords[text] ?? Self.words(text) }

    /// The days of the month a node's text, title and wordings give ("20 February").
    func days(inTextOf node: ArgumentNode) -> [DayOfMonth] { nodeDays[node.id] ?? Self.days(inTextOf: node) }

    /// The folded words of a node's wordings and title (its text aside), and the days of the month they give.
    func wordingDays(of node: ArgumentNode) -> (words: [String], days: [DayOfMonth]) {
        wordingDays[node.id] ?? Self.wordingDays(of: node)
    }

    private static func days(inTextOf node: ArgumentNode) -> [DayOfMonth] {
        DayOfMonth.all(in: TextNormalizer.words(([node.text, node.title] + node.accept.phrases + node.accept.aliases).joined(separator: " | ")))
    }

    private static func wordingDays(of node: ArgumentNode) -> (words: [String], days: [DayOfMonth]) {
        let words = TextNormalizer.words((node.accept.phrases + node.accept.aliases + [node.title]).joined(separator: " | "))
        return (words, DayOfMonth.all(in: words))
    }

    private static func words(_ text: String) -> Set<String> { Set(TextNormalizer.analyse(text).tokens.map(\.stem)) }
}
