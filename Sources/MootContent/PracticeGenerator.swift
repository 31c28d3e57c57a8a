import MootModel

/// Practice questions generated from the map's shape, on top of the authored ones: what the author answers to
/// each objection, who raised it, what each piece of evidence supports, what each counterargument attacks, and
/// what kind of node each statement is. Fixing the map fixes them all.
public enum PracticeGenerator {
    public static let lessonID = "practice"

    public static func questions(for map: ArgumentMap) -> [Question] {
        var questions: [Question] = []
        func add(_ id: String, _ prompt: String, _ body: QuestionBody, nodes: [String], hints: [String], explain: String) {
            questions.append(Question(id: "practice-\(id)", lesson: lessonID, prompt: prompt, body: body, nodes: nodes,
                                      hints: hints, explanation: explain, generated: true,
                                      location: SourceLocation(file: "(generated from the map)", line: 0, column: 0)))
        }
        let objections = map.nodes.filter { $0.kind == .objection }
        let speakers = Array(Set(objections.compactMap(\.speaker))).sorted()
        for objection in objections {
            for reply in map.edges(to: objection.id).filter({ $0.kind == .answers }).compactMap({ map[$0.from] }) {
                add("answer-\(objection.id)", "What does the author answer to this objection? «\(objection.text)»", .short,
                    nodes: [reply.id],
                    hints: ["The reply is in the \(reply.section) section.", "Its gist: \(firstWords(reply.title))…"],
                    explain: "\(reply.title): \(reply.text)")
            }
            if let speaker = objection.speaker, speakers.count > 1 {
                let choices = speakers.map { name in
                    Choice(text: name, correct: name == speaker,
                           why: name == speaker ? nil : "\(name) raised a different objection: "
                               + (objections.first { $0.speaker == name }?.title ?? ""))
                }
                add("who-\(objection.id)", "Who raised this objection? «\(objection.text)»", .choice(choices),
                    nodes: [objection.id],
                    hints: ["It is reported in the \(objection.section) section.", "Its title: \(objection.title)."],
                    explain: "\(speaker): \(objection.title).")
            }
        }
        for node in map.nodes where node.kind == .evidence || node.kind == .authority {
            for target in map.edges(from: node.id).filter({ $0.kind == .supports }).compactMap({ map[$0.to] })
            where !target.accept.isEmpty {
                add("supports-\(node.id)-\(target.id)", "What does this \(node.kind.rawValue) support? «\(node.text)»", .short,
                    nodes: [target.id],
                    hints: ["It supports \(target.kind.article) \(target.kindLabel).", "Its gist: \(firstWords(target.title))…"],
                    explain: "It supports ‘\(target.title)’: \(target.text)")
            }
        }
        for node in map.nodes where node.kind == .counterargument {
            for edge in map.edges(from: node.id) where edge.kind.isAttack {
                guard let target = map[edge.to], !target.accept.isEmpty else { continue }
                add("attacks-\(node.id)-\(target.id)", "Which part of the argument does this counterargument attack? «\(node.text)»",
                    .short, nodes: [target.id],
                    hints: ["It \(edge.kind.verb) \(target.kind.article) \(target.kindLabel).", "Its gist: \(firstWords(target.title))…"],
                    explain: "It \(edge.kind.verb) ‘\(target.title)’ (\(edge.kind.rawValue): "
                        + (edge.kind == .undercuts ? "it denies that the reasons lead to the conclusion)." :
                           edge.kind == .undermines ? "it attacks a premise or a piece of evidence)." : "it attacks the conclusion)."))
            }
        }
        for node in map.nodes {
            add("kind-\(node.id)", "What kind of node is this statement?", .classify, nodes: [node.id],
                hints: ["Who says it: \(node.speaker ?? "the author")?", "It comes from the \(node.section) section."],
                explain: "It is \(node.kind.article) \(node.kindLabel).")
        }
        return questions
    }

    private static func firstWords(_ text: String) -> String {
        text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}
