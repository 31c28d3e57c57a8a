import Foundation
import MootModel

/// Teach before asking, checked: each question may ask only about nodes a narration step declared it `teaches:`
/// earlier in the lesson or in an earlier lesson; no more than four questions in a row without narration; a closing
/// recap (narration) after the last question;
/// terms of art and figures stated in narration before a question uses them (TermsBeforeUse, FiguresBeforeAsked),
/// and what a true/false statement claims (StatementsBeforeAsked);
/// citations a reader can look up; answer keys not piled on one letter or one truth value, nor on the longest
/// option (LongestOptionCheck), the shortest or the only hedged one (OptionFormCheck); quiz and review questions that read on their own
/// (ShownAloneCheck). All are warnings, each at the
/// path:line:col it is about.
struct TeachingCheck {
    let course: Course
    let sink: DiagnosticSink
    static let longestRunOfQuestions = 4

    func run() {
        checkOrder()
        checkTermsBeforeUse()
        checkFiguresBeforeAsked()
        checkStatementsBeforeAsked()
        checkKeys()
        checkLongestOption()
        checkOptionForm()
        checkShownAlone()
    }

    private func checkOrder() {
        var taught = Set<String>()
        // The kinds of node some narration has named so far: a classify question needs them all.
        var kindsNamed = Set<NodeKind>()
        for lesson in course.lessons {
            var run = 0
            for (index, step) in lesson.steps.enumerated() {
                switch step {
                case .narration(let text, let cite):
                    run = 0
                    kindsNamed.formUnion(Self.kindsNamed(in: text))
                    for node in lesson.teaches[index]?.nodes ?? [] {
                        if course.map[node] == nil, let location = lesson.teaches[index]?.location {
                            sink.error(location, "'teaches' names an unknown node '\(node)'")
                        }
                        taught.insert(node)
                    }
                    if let cite, cite.lowercased().contains("domain brief") {
                        sink.warning(lesson.location, "lesson '\(lesson.id)' cites an internal document ('\(cite.prefix(40))'): cite author, title, date, section and paragraph")
                    }
                case .question(let question):
                    run += 1
                    if run == Self.longestRunOfQuestions + 1 {
                        sink.warning(question.location, "more than \(Self.longestRunOfQuestions) questions in a row without teaching, from '\(question.id)'")
                    }
                    if index == lesson.steps.count - 1 {
                        sink.warning(question.location, "lesson '\(lesson.id)' ends on question '\(question.id)' without a closing recap: "
                                     + "add a short narration step summarising what the lesson taught")
                    }
                    if question.kind == .classify, kindsNamed.count < NodeKind.allCases.count {
                        let missing = NodeKind.allCases.filter { !kindsNamed.contains($0) }.map(\.rawValue)
                        sink.warning(question.location, "question '\(question.id)' asks for a node's kind before a narration step names the kinds "
                                     + "(not yet named: \(missing.joined(separator: ", ")))")
                    }
                    let early = question.nodes.filter { !taught.contains($0) }
                    if !early.isEmpty {
                        sink.warning(question.location, "question '\(question.id)' asks about \(early.joined(separator: ", ")) before a narration step teaches it (add it to a 'teaches:' line earlier)")
                    }
                }
            }
        }
    }

    /// The kinds of node a narration names, singular or plural ("a reply", "objections", "authorities").
    static func kindsNamed(in text: String) -> Set<NodeKind> {
        let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
        return Set(NodeKind.allCases.filter { kind in
            let name = kind.rawValue
            let plural = name.hasSuffix("y") ? String(name.dropLast()) + "ies" : name + "s"
            return words.contains(name) || words.contains(plural)
        })
    }

    /// Where the authored keys sit: a share above one half on a single letter (or on true, or false) is lopsided.
    private func checkKeys() {
        let questions = course.lessons.flatMap(\.questions)
        var positions: [Int: Int] = [:], single = 0
        var truths = [true: 0, false: 0]
        for question in questions {
            switch question.body {
            case .choice(let choices) where choices.filter(\.correct).count == 1:
                positions[choices.firstIndex(where: \.correct)!, default: 0] += 1
                single += 1
            case .truefalse(let key, _):
                truths[key, default: 0] += 1
            default:
                break
            }
        }
        let location = course.lessons.first?.location ?? SourceLocation(file: "Lessons", line: 1, column: 1)
        if single >= 4, let (index, count) = positions.max(by: { $0.value < $1.value }), count * 2 > single {
            sink.warning(location, "\(count) of \(single) single-answer choice keys are authored at (\(QuestionLayout.letter(index))); "
                         + "moot shuffles them per learner, but move some so the file does not teach the pattern")
        }
        let tf = truths[true]! + truths[false]!
        if tf >= 4, let (key, count) = truths.max(by: { $0.value < $1.value }), Double(count) > Double(tf) * 0.7 {
            sink.warning(location, "\(count) of \(tf) true/false keys are \(key): balance them")
        }
    }

    /// A question written into a quiz is read without the question before it, so it must not lean on it: no opening
    /// that continues a conversation ("And this one?", "Now…", "What about…") and no pointer back ("the previous
    /// question", "as above"). Reported at the prompt, where it is fixed, naming the quiz.
    /// Run once the quizzes are read (the course's validator runs before).
    func checkQuizzes() {
        // A lesson's question is checked at its prompt for review already (ShownAloneCheck): here, those written in the quiz.
        let lessonQuestions = Set(course.lessons.flatMap(\.questions).map(\.id))
        for quiz in course.quizzes {
            for item in quiz.items where !lessonQuestions.contains(item.question.id) {
                if let lean = Self.leansOnTheQuestionBefore(item.question.prompt) {
                    sink.warning(item.question.location, "quiz '\(quiz.id)' (\(quiz.location)) draws '\(item.question.id)', whose prompt "
                                 + "(\"\(item.question.prompt.prefix(30))\") does not read on its own: '\(lean)' leans on the question before")
                }
            }
        }
    }

    static let leadIns = ["and this one", "and this", "and that one", "and now", "and what", "and which", "and how", "and the",
                          "what about", "how about", "now ", "same ", "the same", "this one", "that one", "also ", "again"]
    static let pointersBack = ["previous question", "question before", "last question", "one before", "as above", "the above",
                               "same question", "earlier question"]

    /// The words that make `prompt` depend on an earlier question, or nil when it reads on its own.
    static func leansOnTheQuestionBefore(_ prompt: String) -> String? {
        let text = prompt.lowercased().trimmingCharacters(in: .whitespaces)
        if let lead = leadIns.first(where: { text.hasPrefix($0) }) { return lead.trimmingCharacters(in: .whitespaces) }
        return pointersBack.first { text.contains($0) }
    }
}
