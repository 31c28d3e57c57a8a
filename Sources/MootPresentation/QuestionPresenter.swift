import MootGrading
import MootModel
import MootSupport

/// How a question is shown and answered on one line, the same in the REPL, `moot questions` and quizzes.
public struct QuestionPresenter {
    public let map: ArgumentMap
    public let style: Style

    public init(map: ArgumentMap, style: Style) {
        self.map = map
        self.style = style
    }

    /// The prompt, its options, and how to answer. `itemOrder` lays out a match question's right side or an order
    /// question's steps (indices into the key), as a quiz pack does from the instructor's secret.
    public func render(_ question: Question, choiceOrder: [Int]? = nil, itemOrder: [Int]? = nil) -> String {
        var lines = [style.wrap(style.bold(question.prompt))]
        // Continuation lines start where the text does, whatever the label's width ("»", "a)", "10.").
        func item(_ label: String, _ text: String) {
            lines.append(style.wrap("  \(label) \(text)", indent: String(repeating: " ", count: 3 + Style.displayWidth(label))))
        }
        switch question.body {
        case .choice(let choices):
            for (shown, index) in (choiceOrder ?? Array(choices.indices)).enumerated() {
                item("\(QuestionLayout.letter(shown)))", choices[index].text)
            }
            let many = choices.filter(\.correct).count > 1
            lines.append(style.dim(many ? "(choose every right option, e.g. a c)" : "(choose one: a letter, a number or the text)"))
        case .truefalse:
            lines.append(style.dim("(true or false)"))
        case .short:
            lines.append(style.dim("(a few words)"))
        case .numeric(_, _, let unit):
            lines.append(style.dim("(a number\(unit.map { ", in \($0)" } ?? ""))"))
        case .explain:
            lines.append(style.dim("(a few sentences on one line)"))
        case .classify:
            item("»", map[question.nodes[0]]?.text ?? "")
            lines.append(style.dim("(" + NodeKind.allCases.map(\.rawValue).joined(separator: ", ") + "?)"))
        case .match(let pairs):
            for (index, pair) in pairs.enumerated() { item("\(index + 1).", brief(pair.left)) }
            let right = QuestionLayout.arranged(pairs.map(\.right), order: itemOrder) ?? QuestionLayout.matchRight(pairs, id: question.id)
            for (index, id) in right.enumerated() {
                item("\(QuestionLayout.letter(index)))", brief(id))
            }
            lines.append(style.dim("(pairs, e.g. 1b 2a)"))
        case .order(let steps):
            let shown = QuestionLayout.arranged(steps, order: itemOrder) ?? QuestionLayout.orderItems(steps, id: question.id)
            for (index, id) in shown.enumerated() {
                item("\(QuestionLayout.letter(index)))", question.text(of: id, in: map))
            }
            lines.append(style.dim("(letters in order, e.g. c a b)"))
        case .place(let statements, let among):
            for (index, statement) in statements.enumerated() { item("\(index + 1).", statement.text) }
            lines.append(style.wrap("  Parts of the map:"))
            for (index, id) in QuestionLayout.placeTargets(statements, among: among, id: question.id).enumerated() {
                item("\(QuestionLayout.letter(index)))", map.title(of: id) ?? id)
            }
            lines.append(style.dim("(for each statement: its number, supports / attacks / undercuts / co-premise with, "
                                   + "and a letter, e.g. 1 supports b; 2 co-premise with a)"))
        }
        return lines.joined(separator: "\n")
    }

    /// A node as a match item: its text when short, else its title, so that both lists fit on one screen (six
    /// replies and six counterarguments in full were twice a 40-line terminal).
    private func brief(_ id: String) -> String {
        guard let node = map[id] else { return id }
        return node.text.split(separator: " ").count <= 30 ? node.text : node.title
    }

    /// The right answer, in words, for when it is revealed. A node's text that states one of `withholding` (figures
    /// a question still ahead asks for) is left out, and only its title shown.
    public func answer(_ question: Question, choiceOrder: [Int]? = nil, withholding figures: [Double] = []) -> String {
        switch question.body {
        case .choice(let choices):
            let order = choiceOrder ?? Array(choices.indices)
            return order.enumerated().filter { choices[$0.element].correct }
                // Options that end a sentence lose its full stop inside the list: "…its army; d) …", not ".;".
                .map { "\(QuestionLayout.letter($0.offset))) \(choices[$0.element].text.trimmingSuffix("."))" }.joined(separator: "; ")
        case .truefalse(let answer, _):
            return answer ? "true" : "false"
        case .numeric(let value, _, let unit):
            return NumberFormat.plain(value) + (unit.map { " \($0)" } ?? "")
        case .short, .explain:
            return question.nodes.compactMap { map[$0] }
                .map { Self.states($0.text, anyOf: figures) ? $0.title : "\($0.title): \($0.text)" }.joined(separator: " | ")
        case .classify:
            return map[question.nodes[0]]?.kindLabel ?? ""
        case .match(let pairs):
            let right = QuestionLayout.matchRight(pairs, id: question.id)
            return pairs.enumerated().map { "\($0.offset + 1)\(QuestionLayout.letter(right.firstIndex(of: $0.element.right)!))" }
                .joined(separator: " ")
        case .order(let steps):
            let shown = QuestionLayout.orderItems(steps, id: question.id)
            return steps.map { QuestionLayout.letter(shown.firstIndex(of: $0)!) }.joined(separator: " ")
        case .place(let statements, let among):
            let shown = QuestionLayout.placeTargets(statements, among: among, id: question.id)
            return statements.enumerated().map { index, statement in
                let letter = shown.firstIndex(of: statement.node).map(QuestionLayout.letter) ?? "?"
                let relation = statement.relation == .coPremise ? "co-premise with" : statement.relation.rawValue
                return "\(index + 1) \(relation) \(letter) (‘\(map.title(of: statement.node) ?? statement.node)’)"
            }.joined(separator: "; ")
        }
    }

    /// The answer as a learner is shown it, after `lead` ("The answer: "): the short answer first — for a question
    /// answered in words, the titles of what it asks for — then, under it, what the map says of each in full.
    /// `margin` sets the whole of it in (the end of a quiz lists it under each question).
    /// Whether a short question's answer is shown as its model answer, without its nodes' titles: one of them is
    /// asked about again ahead (`askedAhead`).
    public func withholdsTitles(_ question: Question, askedAhead: Set<String>) -> Bool {
        question.kind == .short && question.explanation != nil && question.nodes.contains(where: askedAhead.contains)
    }

    /// `askedAhead`: the nodes questions still to come ask about. A short answer on one of them is its own model
    /// answer (the source of a test, not what the test measures, when the next question asks that), and no node
    /// of theirs is set out in full.
    public func revealed(_ question: Question, lead: String, choiceOrder: [Int]? = nil, withholding figures: [Double] = [],
                         askedAhead: Set<String> = [], margin: String = "") -> String {
        if withholdsTitles(question, askedAhead: askedAhead), let model = question.explanation {
            return style.wrap(margin + lead + model, indent: margin + "  ")
        }
        switch question.body {
        case .short, .explain:
            // A rubric group is one point met by any of its nodes: shown as "one of: …", without each node in full.
            let criteria: [[String]] = if case .explain(let rubric, _) = question.body { rubric.criteria.map { $0.map(\.node) } }
                else { question.nodes.map { [$0] } }
            let titles = criteria.map { ids in
                ids.count == 1 ? map.title(of: ids[0]) ?? ids[0] : "one of: " + ids.map { map.title(of: $0) ?? $0 }.joined(separator: " / ")
            }
            var lines = [style.wrap(margin + lead + titles.joined(separator: "; "), indent: margin + "  ")]
            let nodes = criteria.filter { $0.count == 1 }.compactMap { map[$0[0]] }
            for node in nodes where !Self.states(node.text, anyOf: figures) && !askedAhead.contains(node.id) {
                lines.append(style.wrap(margin + "  " + style.dim("In full: ") + node.text, indent: margin + "  "))
            }
            return lines.joined(separator: "\n")
        default:
            return style.wrap(margin + lead + answer(question, choiceOrder: choiceOrder, withholding: figures), indent: margin + "  ")
        }
    }

    /// Whether `text` gives one of the figures, written with or without thousands separators ("14,000", "14000").
    static func states(_ text: String, anyOf figures: [Double]) -> Bool {
        let digits = text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "\u{202F}", with: "")
        return figures.contains { figure in
            let plain = NumberFormat.plain(figure).replacingOccurrences(of: ",", with: "")
            return digits.ranges(of: plain).contains { range in
                let before = range.lowerBound == digits.startIndex ? nil : digits[digits.index(before: range.lowerBound)]
                let after = range.upperBound == digits.endIndex ? nil : digits[range.upperBound]
                return !(before?.isNumber ?? false) && !(after?.isNumber ?? false)
            }
        }
    }

    /// The grader's names for mistakes, as a learner reads them (an unnamed one is not shown).
    static let mistakes: [String: String] = [
        "negated": "the answer says the opposite of the point asked for.",
        "other-side": "the answer names the other side's position.",
        "wrong-node": "the answer names another part of the argument.",
        "both-sides": "the answer takes both sides at once.",
        "keyword-pile": "a list of key words, without saying how they connect.",
        "self-contradiction": "the answer contradicts itself.",
        "wrong-kind": "that is another kind of node.",
        "order-of-magnitude": "the figure is off by a factor of ten or more.",
        "wrong-number": "the figure is not the article's.",
        "wrong-place": "a statement is placed on the wrong node, or with the wrong relation.",
        "wrong-party": "the right words, given to another party than the article gives them to: check who does what.",
        "wrong-holder": "the right view, given to the wrong side of the debate: check who holds it.",
        "reversed": "one word turns the article's claim into its opposite.",
        "name-only": "a name or a citation, where the question asks what is claimed or which rule applies.",
        "hedged-list": "the answer offers more than one thing where one is asked for: which is it?",
        "month-without-day": "the right month, without the day.",
        "half-named": "part of the point, not all of it.",
        "wrong-figure": "the right point, with a figure the article does not give for it.",
        "wrong-holding": "the right court and question, with its holding given the other way.",
        "wrong-conclusion": "whatever the rules it names, the answer's own conclusion does not follow from these facts: take them act by act.",
        "unjudged-act": "the answer judges some of the acts the question asks about, not each of them.",
        "sound-figure-called-false": "the answer calls a figure false that public sources bear out; what is weak about it, if anything, is its use.",
    ]

    /// A partly right answer, as its verdict scored it: what earned the credit, and what the rest would need. A point
    /// only half made (the answer points to it but leaves out part of what it says) is credited in part and its
    /// remainder is what is missing — never called missed outright, which would contradict "partly right".
    func credited(_ verdict: Verdict, node: (String) -> String) -> [String] {
        let percent = "\(Int((verdict.score * 100).rounded()))%"
        let half = verdict.missed.filter { !verdict.covered.contains($0) }
        if verdict.covered.isEmpty {
            guard !half.isEmpty else { return ["Credited (\(percent)): part of what is asked."] }
            return ["Credited (\(percent)): part of " + half.map(node).joined(separator: "; ")
                        + " — your answer points to it but leaves out part of what it says.",
                    "Missing: the rest of it" + (half.count == 1 ? map[half[0]].map { ", which says in full: " + Self.unstopped($0.text) } ?? "" : "") + "."]
        }
        var lines = ["Credited (\(percent)): " + verdict.covered.map(node).joined(separator: "; ")]
        if !half.isEmpty { lines.append("Missing: " + half.map(node).joined(separator: "; ")) }
        return lines
    }

    /// What `why` prints: expected, recognised, the path in the map, and the explanation.
    public func explain(_ verdict: Verdict, question: Question) -> String {
        var lines = [style.dim("Why: the verdict on your last answer, read from the argument map.")]
        func node(_ id: String) -> String { map[id].map { "\($0.title) (\(MapTree.kindPhrase($0)))" } ?? id }
        lines.append("Expected: " + verdict.expected.map(node).joined(separator: "; "))
        if !verdict.recognised.isEmpty {
            lines.append("You named: " + verdict.recognised.map(node).joined(separator: "; "))
        }
        if verdict.verdict == .partial {
            lines += credited(verdict, node: node)
        } else if !verdict.missed.isEmpty && verdict.verdict != .incorrect {
            lines.append("Missed: " + verdict.missed.map(node).joined(separator: "; "))
        }
        if let mistake = verdict.misconception.flatMap(Self.mistakes.index(forKey:)).map({ Self.mistakes[$0].value }) {
            lines.append("The mistake: \(mistake)")
        }
        if !verdict.path.isEmpty {
            lines.append("In the map:")
            for step in verdict.path {
                let parts = step.split(separator: " ").map(String.init)
                let from = parts.first.flatMap { map[$0]?.title } ?? parts.first ?? ""
                let to = parts.last.flatMap { map[$0]?.title } ?? parts.last ?? ""
                lines.append("  ‘\(from)’ \(parts.count == 3 ? parts[1] : "bears on") ‘\(to)’")
            }
        }
        if let explanation = question.explanation { lines.append(explanation) }
        return lines.map { style.wrap($0, indent: "  ") }.joined(separator: "\n")
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
