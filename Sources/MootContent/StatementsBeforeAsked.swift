import Foundation
import MootModel

/// A true/false statement is a claim the learner is asked to judge, so what it claims must have been taught: each
/// word of the statement that comes from the map node it asks about (the node's title or text) must occur in some
/// narration step earlier in the course. Declaring `teaches:` on a narration marks a node taught, but a node holds
/// several facts and a narration may state only one of them; an `explain:` shown after an earlier answer is not
/// teaching either. Words are compared by a light stem ("sanctions" and "sanction", "designated" and
/// "designation"); words about the article rather than the law ("mentions", "cites") are left out.
extension TeachingCheck {
    func checkStatementsBeforeAsked() {
        var taught = Set<String>()
        for lesson in course.lessons {
            for step in lesson.steps {
                switch step {
                case .narration(let text, _):
                    taught.formUnion(Self.contentStems(text))
                case .question(let question):
                    guard case .truefalse = question.body else { continue }
                    let key = question.nodes.reduce(into: Set<String>()) { stems, id in
                        if let node = course.map[id] { stems.formUnion(Self.contentStems(node.title + " " + node.text)) }
                    }
                    let untaught = Self.contentWords(question.prompt).filter { word in
                        let stem = Self.lightStem(word)
                        return key.contains(stem) && !taught.contains(stem)
                    }
                    if !untaught.isEmpty {
                        let listed = untaught.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                        sink.warning(question.location, "question '\(question.id)' states "
                                     + listed.map { "'\($0)'" }.joined(separator: ", ")
                                     + " from its node before any narration step says it (teach it in a 'say:' step earlier)")
                    }
                }
            }
        }
    }

    /// Words of four letters or more that carry content: not the framing of a question ("true", "according") nor
    /// a word about what the article does ("mentions", "cites").
    static func contentWords(_ text: String) -> [String] {
        words(text).map(String.init).filter { $0.count >= 4 && !framing.contains(lightStem($0)) }
    }

    static func contentStems(_ text: String) -> Set<String> { Set(contentWords(text).map(lightStem)) }

    static let framing: Set<String> = Set(("true false according article pedrozo says said claim claims that this with from have "
        + "were what which their there they them than then about into only also does more most such some when where while would "
        + "could should under over other after before being been because whether these those every either neither without "
        + "mention mentions identify identifies cite cites citing state states name names give gives argue argues call calls "
        + "describe describes author essay").split(separator: " ").map { lightStem(String($0)) })

    /// A stem light enough to be read at every start: one common ending off ("-ations", "-ing", "-ies", "-lly", "-s" …),
    /// then a final "e" off and a final "y" as "i" — "identifies" and "identify" are "identifi", "cites" and
    /// "citing" are "cit".
    static func lightStem(_ word: String) -> String {
        var stem = word
        for suffix in ["ations", "ation", "ated", "ings", "ing", "ies", "ied", "lly", "es", "ed", "s"]
        where stem.hasSuffix(suffix) && stem.count - suffix.count >= 3 {
            stem = String(stem.dropLast(suffix.count)) + (suffix == "ies" || suffix == "ied" ? "i" : suffix == "lly" ? "l" : "")
            break
        }
        if stem.hasSuffix("e") { stem.removeLast() } else if stem.hasSuffix("y") { stem = String(stem.dropLast()) + "i" }
        return stem
    }
}
