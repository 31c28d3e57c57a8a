import Foundation
import MootModel
import MootSupport

/// Grades an answer to any question of the course against the argument map.
///
/// Deterministic and explainable: every verdict names what was expected, what was recognised, and how they relate.
public struct Grader: Sendable {
    public let course: Course
    let recognizer: NodeRecognizer
    let attribution: Attribution
    /// Each free-text question's words, read once.
    private let contexts: [String: QuestionContext]
    /// What the grader reads once per course rather than per answer.
    let readings: CourseReadings

    /// A grader with the course's lexicon (WordNet's guard and synonyms), from the cache or built once.
    public init(course: Course) {
        self.init(course: course, lexicon: LexiconCache.lexicon(for: course.map, glossary: course.glossary))
    }

    public init(course: Course, lexicon: Lexicon) {
        self.course = course
        let recognizer = NodeRecognizer(map: course.map, glossary: course.glossary, lexicon: lexicon)
        self.recognizer = recognizer
        attribution = Attribution(map: course.map)
        var contexts: [String: QuestionContext] = [:]
        for question in course.lessons.flatMap(\.questions) where question.kind == .short || question.kind == .explain {
            contexts[question.id] = Self.context(for: question, recognizer, map: course.map)
        }
        self.contexts = contexts
        readings = CourseReadings(course: course)
    }

    private var map: ArgumentMap { course.map }

    /// Whether an answer names a node of the map, affirmed, in its own words (for a node's example answers).
    public func names(_ node: String, in answer: String) -> Bool {
        recognizer.recognise(recognizer.analyse(answer)).contains { $0.node == node && !$0.negated }
    }

    /// Grades `answer`; throws `UnreadableAnswer` when it is not in a form the question accepts.
    /// `choiceOrder` is the order a student saw a choice question's options in, when a quiz shuffled them;
    /// `itemOrder` the order of a match question's right side or an order question's steps (indices into the key),
    /// when a quiz pack laid them out from the instructor's secret (nil: the course's own layout).
    public func grade(_ question: Question, answer: String, choiceOrder: [Int]? = nil, itemOrder: [Int]? = nil) throws -> Verdict {
        let trimmed = TextNormalizer.trimmed(answer)
        guard !trimmed.isEmpty else { throw UnreadableAnswer("The answer is empty.") }
        func freeText() -> FreeTextGrader {
            FreeTextGrader(map: map, recognizer: recognizer, attribution: attribution, context: contexts[question.id] ?? Self.context(for: question, recognizer, map: map),
                           readings: readings)
        }
        switch question.body {
        case .short:
            return try freeText().grade(question, trimmed, rubric: Self.rubric(ofShort: question), pass: nil, anyOne: question.opinion)
        case .explain(let rubric, let pass):
            return try freeText().grade(question, trimmed, rubric: rubric, pass: pass)
        case .choice(let choices):
            let shown = choiceOrder.map { order in order.filter(choices.indices.contains).map { choices[$0] } } ?? choices
            return try gradeChoice(question, shown.count == choices.count ? shown : choices, trimmed)
        case .truefalse(let answer, let why):
            return try gradeTrueFalse(question, answer, why, trimmed)
        case .numeric(let value, let tolerance, let unit):
            return try gradeNumeric(question, value, tolerance, unit, trimmed)
        case .classify:
            return try gradeClassify(question, trimmed)
        case .match(let pairs):
            return try gradeMatch(question, pairs, trimmed, itemOrder)
        case .order(let steps):
            return try gradeOrder(question, steps, trimmed, itemOrder)
        case .place(let statements, let among):
            return try gradePlacement(question, statements, among: among, trimmed)
        }
    }

    func verdict(_ question: Question, score: Double, feedback: String, misconception: String? = nil) -> Verdict {
        let outcome = Verdict.outcome(for: score)
        return Verdict(question: question.id, verdict: outcome, score: score, expected: question.nodes,
                       recognised: outcome == .correct ? question.nodes : [],
                       covered: outcome == .correct ? question.nodes : [],
                       missed: outcome == .correct ? [] : question.nodes,
                       misconception: outcome == .correct ? nil : misconception, feedback: feedback,
                       path: question.nodes.first.map { id in map.edges(from: id).prefix(2).map { "\($0.from) \($0.kind.verb) \($0.to)" } } ?? [])
    }

    // MARK: choice

    /// Reads "b", "2", "a, c", "a and c", or the text of an option.
    public func selection(_ answer: String, _ choices: [Choice]) -> Set<Int>? {
        let parts = answer.lowercased().split { $0 == " " || $0 == "," || $0 == ";" || $0 == "/" || $0 == "&" }.filter { $0 != "and" }
        let closing = CharacterSet(charactersIn: ").:")
        let picked = parts.compactMap { part -> Int? in
            let part = part.trimmingCharacters(in: closing)
            if let number = Int(part), choices.indices.contains(number - 1) { return number - 1 }
            if let index = QuestionLayout.index(ofLetter: Substring(part)), choices.indices.contains(index) { return index }
            return nil
        }
        if !parts.isEmpty && picked.count == parts.count { return Set(picked) }
        // Several option texts ("Columbus and Glen Springs", "Phoenix, Atlanta, Miami"), or one.
        let segments = answer.lowercased().replacingOccurrences(of: " and ", with: ",").split { $0 == "," || $0 == ";" || $0 == "&" || $0 == "/" }
        // Each option's words, read once for all the segments.
        let optionWords = choices.map { readings.words(ofOption: $0.text) }
        func read(_ corrector: TypoCorrector?) -> Set<Int>? {
            let options = segments.map { option(String($0), optionWords, corrector) }
            if segments.count > 1, options.allSatisfy({ $0 != nil }) { return Set(options.compactMap { $0 }) }
            return option(answer, optionWords, corrector).map { [$0] }
        }
        // Only when the words as typed name no option are typos read as the option words they are near
        // ("necesary and proportionat force").
        return read(nil) ?? read(TypoCorrector(words: optionWords.reduce(into: Set<String>()) { $0.formUnion($1) }))
    }

    /// The option that holds most of the text's words, clearly ahead of the next one.
    private func option(_ text: String, _ optionWords: [Set<String>], _ corrector: TypoCorrector?) -> Int? {
        let words = Set(TextNormalizer.analyse(text).tokens.map { token in corrector.map { $0.correct(token.stem) } ?? token.stem })
        guard !words.isEmpty else { return nil }
        let scored = optionWords.indices.map { index -> (index: Int, share: Double) in
            (index, Double(words.intersection(optionWords[index]).count) / Double(words.count))
        }.sorted { $0.share > $1.share }
        guard scored[0].share >= 0.6, scored.count == 1 || scored[0].share - scored[1].share >= 0.15 else { return nil }
        return scored[0].index
    }

    private func gradeChoice(_ question: Question, _ choices: [Choice], _ answer: String) throws -> Verdict {
        guard let picked = selection(answer, choices) else {
            throw UnreadableAnswer("Answer with a letter (a–\(QuestionLayout.letter(choices.count - 1))), "
                                   + "a number, or the wording of an option.")
        }
        let correct = Set(choices.indices.filter { choices[$0].correct })
        let hits = picked.intersection(correct).count, falsePicks = picked.subtracting(correct).count
        let score = correct.count == 1 ? (picked == correct ? 1 : 0)
            : max(0, Double(hits - falsePicks) / Double(correct.count))
        var lines: [String] = []
        if correct.count > 1 {
            lines.append("Read as " + picked.sorted().map { "(\(QuestionLayout.letter($0))) \(choices[$0].text)" }.joined(separator: ", ") + ".")
        }
        for index in picked.sorted() where !choices[index].correct {
            lines.append("(\(QuestionLayout.letter(index))) is wrong: \(choices[index].why ?? "")")
        }
        if score >= 1 {
            lines.append(correct.sorted().compactMap { choices[$0].why }.first ?? "Right.")
        } else if correct.count > 1 && hits > 0 {
            // Each wrong pick takes back the credit of a right one, as in Moodle's multiple-answer scoring.
            lines.append("You found \(hits) of the \(correct.count) right options."
                + (falsePicks > 0 ? " Each wrong option you chose cancels one right one, so this earns \(Int((score * 100).rounded()))%." : ""))
        }
        return verdict(question, score: score, feedback: lines.joined(separator: " "), misconception: "wrong-option")
    }

    // MARK: true / false

    private static let yes: Set<String> = ["true", "t", "yes", "y", "correct", "right", "agree", "vrai", "yep", "yeah", "yup", "aye"]
    private static let no: Set<String> = ["false", "f", "no", "n", "incorrect", "wrong", "disagree", "faux", "nope", "nah", "untrue"]

    /// Reads "true", "No, because …", "nope", "false — it doesn't …", "not true": the verdict word first, then a reason.
    static func trueFalse(_ answer: String) -> (given: Bool, reason: String)? {
        let words = answer.split { !$0.isLetter && $0 != "'" }.map { $0.lowercased() }
        guard let first = words.first else { return nil }
        var given: Bool
        var used = 1
        if first == "not" && words.count > 1 && (yes.contains(words[1]) || no.contains(words[1])) {
            given = !yes.contains(words[1])
            used = 2
        } else if yes.contains(first) { given = true } else if no.contains(first) { given = false }
        else if let slip = truthSlip(first) { given = slip } else { return nil }
        var rest = Substring(answer)
        for _ in 0..<used {
            rest = rest.drop { !$0.isLetter }
            rest = rest.drop { $0.isLetter || $0 == "'" }
        }
        let reason = rest.drop { !$0.isLetter && !$0.isNumber }
        return (given, String(reason))
    }

    /// "flase", "ture", "fasle": one edit (a swap of neighbours is one) from "true" or "false", for a word of three
    /// letters or more; nil when it is as near to both, or to neither.
    static func truthSlip(_ word: String) -> Bool? {
        guard word.count >= 3 else { return nil }
        let nearTrue = EditDistance.between(word, "true", limit: 1) <= 1
        let nearFalse = EditDistance.between(word, "false", limit: 1) <= 1
        return nearTrue == nearFalse ? nil : nearTrue
    }

    private func gradeTrueFalse(_ question: Question, _ key: Bool, _ why: String?, _ answer: String) throws -> Verdict {
        guard let (given, reason) = Self.trueFalse(answer) else {
            throw UnreadableAnswer("Answer true or false (t/f, yes/no), and give a reason after it if you like: “false, because …”.")
        }
        let right = given == key
        // A reason is read against the key's own explanation: naming one of the question's points with the opposite
        // polarity contradicts it, and a right verdict with a contradicting reason is only partly right.
        let contradicts = right && !reason.isEmpty && why.map { reasonContradicts(reason, $0, question.nodes) } ?? false
        let score = right ? (contradicts ? 0.5 : 1) : 0
        let opening = right ? (contradicts ? "Right that it is \(key), but your reason contradicts the article. " : "Right: it is \(key). ")
            : "No: it is \(key). "
        return verdict(question, score: score, feedback: opening + (why ?? ""),
                       misconception: contradicts ? "contradicting-reason" : "wrong-option")
    }

    /// Whether the reason affirms a point the explanation denies, or denies one it affirms.
    private func reasonContradicts(_ reason: String, _ why: String, _ nodes: [String]) -> Bool {
        let given = recognizer.recognise(recognizer.analyse(reason)).filter { nodes.contains($0.node) }
        let reference = recognizer.recognise(recognizer.analyse(why))
        return given.contains { said in reference.contains { $0.node == said.node && $0.negated != said.negated } }
    }

    // MARK: classify

    static let kindWords: [String: NodeKind] = [
        "claim": .claim, "conclusion": .claim, "thesis": .claim, "main": .claim,
        "premise": .premise, "reason": .premise, "assumption": .premise, "unstated": .premise, "warrant": .premise,
        "evidence": .evidence, "fact": .evidence, "figure": .evidence, "data": .evidence, "statistic": .evidence,
        "authority": .authority, "source": .authority, "law": .authority, "case": .authority, "precedent": .authority,
        "objection": .objection, "object": .objection,
        "reply": .reply, "rebuttal": .reply, "response": .reply, "answer": .reply,
        "counterargument": .counterargument, "counter": .counterargument, "critique": .counterargument,
        "criticism": .counterargument,
    ]

    private func gradeClassify(_ question: Question, _ answer: String) throws -> Verdict {
        let words = TextNormalizer.words(answer)
        guard let kind = words.lazy.compactMap({ Self.kindWords[$0] }).first ?? words.lazy.compactMap(Self.kindSlip).first,
              let node = map[question.nodes[0]] else {
            throw UnreadableAnswer("Name a kind: " + NodeKind.allCases.map(\.rawValue).joined(separator: ", ") + ".")
        }
        let right = kind == node.kind
        let detail = node.kind == .premise && !node.explicit ? " the author leaves unstated" : ""
        let feedback = right ? "Right: it is \(node.kind.article) \(node.kind.rawValue)\(detail)."
            : "No: it is \(node.kind.article) \(node.kind.rawValue)\(detail), not \(kind.article) \(kind.rawValue). "
              + Self.kindHint(node.kind)
        return verdict(question, score: right ? 1 : 0, feedback: feedback, misconception: "wrong-kind")
    }

    /// The kind a word names with one slip ("objction", "replly", "premis"): one edit (a swap of neighbours is one)
    /// from a kind word of five letters or more, the word itself four or more; nil when the slip is as near to
    /// words of two kinds. Shorter words ("law", "fact") are too near too many others to be read as slips.
    static func kindSlip(_ word: String) -> NodeKind? {
        guard word.count >= 4, word.allSatisfy(\.isLetter) else { return nil }
        let near = Set(kindWords.filter { $0.key.count >= 5 && EditDistance.between(word, $0.key, limit: 1) <= 1 }.map(\.value))
        return near.count == 1 ? near.first : nil
    }

    static func kindHint(_ kind: NodeKind) -> String {
        switch kind {
        case .claim: "A claim is a conclusion the author argues for."
        case .premise: "A premise is a reason offered for a claim."
        case .evidence: "Evidence is a fact or figure offered in support."
        case .authority: "An authority is a legal source relied on: a manual, a case, an order."
        case .objection: "An objection is an opposing view the article itself reports."
        case .reply: "A reply is the author's answer to an objection."
        case .counterargument: "A counterargument comes from the wider scholarship; the article does not answer it."
        }
    }

    // MARK: match

    /// Reads "1b 2a 3c", "1-b, 2-a", "1:b".
    static func pairs(in answer: String) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        var number = ""
        for character in answer.lowercased() {
            if character.isNumber { number.append(character) }
            else if let scalar = character.unicodeScalars.first, ("a"..."z").contains(scalar), let left = Int(number) {
                pairs.append((left - 1, Int(scalar.value) - 97))
                number = ""
            } else if !" -:=>,;.".contains(character) { number = "" }
        }
        return pairs
    }

    private func gradeMatch(_ question: Question, _ pairs: [MatchPair], _ answer: String, _ itemOrder: [Int]?) throws -> Verdict {
        let right = QuestionLayout.arranged(pairs.map(\.right), order: itemOrder) ?? QuestionLayout.matchRight(pairs, id: question.id)
        let given = Self.pairs(in: answer).filter { pairs.indices.contains($0.0) && right.indices.contains($0.1) }
        guard !given.isEmpty else {
            throw UnreadableAnswer("Answer with pairs like 1b 2a 3c: a number from the left, a letter from the right.")
        }
        var answered: [Int: Int] = [:]
        for (left, letter) in given where answered[left] == nil { answered[left] = letter }
        let correct = pairs.indices.filter { left in answered[left].map { letter in right[letter] == pairs[left].right } ?? false }
        let wrong = pairs.indices.filter { !correct.contains($0) }.map { index in
            "\(index + 1) goes with \(QuestionLayout.letter(right.firstIndex(of: pairs[index].right)!))"
        }
        let score = Double(correct.count) / Double(pairs.count)
        let feedback = wrong.isEmpty ? "All \(pairs.count) pairs are right."
            : "\(correct.count) of \(pairs.count) pairs right; " + wrong.joined(separator: ", ") + "."
        return verdict(question, score: score, feedback: feedback, misconception: "wrong-pair")
    }

    // MARK: order

    private func gradeOrder(_ question: Question, _ steps: [String], _ answer: String, _ itemOrder: [Int]?) throws -> Verdict {
        let shown = QuestionLayout.arranged(steps, order: itemOrder) ?? QuestionLayout.orderItems(steps, id: question.id)
        let letters = answer.lowercased().filter { $0.isLetter }
        let picked = letters.compactMap { QuestionLayout.index(ofLetter: Substring(String($0))) }
        guard picked.count == steps.count, Set(picked).count == steps.count, picked.allSatisfy(shown.indices.contains) else {
            throw UnreadableAnswer("Use each letter a–\(QuestionLayout.letter(steps.count - 1)) once, e.g. "
                                   + "\(shown.indices.map(QuestionLayout.letter).reversed().joined(separator: " ")).")
        }
        let ranks = picked.map { steps.firstIndex(of: shown[$0])! }
        // Partial credit by pairs: the share of all pairs of items the answer puts in the key's relative order, so a
        // single swap of neighbours is nearly right and a reversed chain earns nothing.
        let pairs = ranks.count * (ranks.count - 1) / 2
        var inOrder = 0
        for first in ranks.indices { for second in ranks.indices where second > first && ranks[first] < ranks[second] { inOrder += 1 } }
        let score = pairs == 0 ? 1 : Double(inOrder) / Double(pairs)
        let key = steps.map { QuestionLayout.letter(shown.firstIndex(of: $0)!) }.joined(separator: " ")
        let feedback = score >= 1 ? "Right: that is the order."
            : "\(inOrder) of the \(pairs) pairs of steps are in the right order. The order is \(key)."
        return verdict(question, score: score, feedback: feedback, misconception: "wrong-order")
    }
}

