import MootContent
import MootModel
import MootSupport

/// How a practice run picks its questions: an even share of each kind the generator makes (what the author
/// answers, who objected, what evidence supports, what a counterargument attacks, what kind a node is), so the
/// one-per-node "what kind of node is this" questions do not crowd out the rest. A kind with too few questions
/// leaves its share to the others.
enum PracticeDraw {
    /// The generated kind of a practice question: the word after `practice-` in its id ("practice-kind-…" → kind).
    static func kind(of question: Question) -> String {
        let id = question.id.hasPrefix(PracticeGenerator.lessonID + "-")
            ? question.id.dropFirst(PracticeGenerator.lessonID.count + 1) : Substring(question.id)
        return String(id.prefix { $0 != "-" })
    }

    /// `count` questions taken in turn from each kind (kinds and questions within them shuffled by `generator`).
    static func pick(_ questions: [Question], count: Int, using generator: inout SeededGenerator) -> [Question] {
        var byKind: [String: [Question]] = [:]
        for question in questions { byKind[kind(of: question), default: []].append(question) }
        var queues = byKind.keys.sorted().shuffled(using: &generator).map { byKind[$0]!.shuffled(using: &generator) }
        var picked: [Question] = []
        while picked.count < count, queues.contains(where: { !$0.isEmpty }) {
            for index in queues.indices where !queues[index].isEmpty && picked.count < count {
                picked.append(queues[index].removeFirst())
            }
        }
        // Kinds take turns in the draw, but the run is shown in a shuffled order.
        return picked.shuffled(using: &generator)
    }
}
