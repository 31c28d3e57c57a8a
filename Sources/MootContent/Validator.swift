import MootModel
import MootSupport

/// Checks what no single file can: ids are unique, references resolve, edges join the right kinds of node,
/// and the course teaches its whole map.
struct Validator {
    let course: Course
    let sink: DiagnosticSink

    func run() {
        checkNodes()
        checkEdges()
        checkLessons()
        checkArticlePlaces()
        checkArticleCites()
        checkDates()
        checkGlossary()
        // Coverage is only meaningful once everything loaded; otherwise it repeats the errors above.
        if !sink.hasErrors {
            checkCoverage()
            TeachingCheck(course: course, sink: sink).run()
        }
    }

    var map: ArgumentMap { course.map }

    private func unknownNode(_ id: String) -> String {
        "unknown node '\(id)'\(Suggestion.hint(for: id, in: map.nodes.map(\.id)))"
    }

    private func checkNodes() {
        var seen: [String: SourceLocation] = [:]
        for node in map.nodes {
            if let first = seen[node.id] {
                sink.error(node.location, "duplicate node id '\(node.id)' (first defined at \(first))")
            }
            seen[node.id] = seen[node.id] ?? node.location
            if node.accept.isEmpty && node.kind != .evidence {
                sink.error(node.location, "node '\(node.id)' has no 'accept' wordings, so no answer can name it")
            }
            if node.kind == .counterargument && (node.source ?? "").isEmpty {
                sink.error(node.location, "counterargument '\(node.id)' needs a 'source' (where the argument is made)")
            }
            if node.kind == .counterargument && (node.authority ?? "").isEmpty {
                sink.error(node.location, "counterargument '\(node.id)' needs an 'authority' (the law it rests on)")
            }
            if node.kind == .objection && (node.speaker ?? "").isEmpty {
                sink.error(node.location, "objection '\(node.id)' needs a 'speaker' (who raised it)")
            }
            if node.kind != .evidence && node.kind != .authority && !node.figures.isEmpty {
                sink.error(node.location, "only evidence and authorities carry 'figures'")
            }
            if let after = node.after, !(after.count == 10 && after > course.citation.published) {
                sink.error(node.location, "'after' is the date (YYYY-MM-DD) of an event later than the article "
                           + "(\(course.citation.published)); '\(after)' is not")
            }
            if let check = node.check, !FactCheck.verdicts.contains(check.verdict) {
                sink.error(node.location, "fact-check verdict '\(check.verdict)' is not one of: "
                           + FactCheck.verdicts.joined(separator: ", "))
            }
            for holding in node.holdings {
                for (field, names) in [("by", holding.by), ("on", holding.on)]
                where !Self.says(node.text, names[0]) {
                    sink.error(holding.location, "the holding's first '\(field)' ('\(names[0])') does not appear in the text of '\(node.id)'")
                }
            }
            for figure in node.figures where !node.text.contains(figure) {
                sink.error(node.location, "figure '\(figure)' of evidence '\(node.id)' does not appear in its text")
            }
        }
        var titles: [String: String] = [:]
        for node in map.nodes {
            if let other = titles[node.title.lowercased()] {
                sink.error(node.location, "node '\(node.id)' has the same title as '\(other)': titles name nodes in the map")
            }
            titles[node.title.lowercased()] = titles[node.title.lowercased()] ?? node.id
        }
        let theses = map.nodes.filter(\.main)
        if theses.count != 1, let first = map.nodes.first {
            sink.error(first.location, "the map needs exactly one claim with 'main: true' (found \(theses.count))")
        }
        for thesis in theses where thesis.kind != .claim {
            sink.error(thesis.location, "'main: true' belongs on a claim, not on \(thesis.kind.article) \(thesis.kind.rawValue)")
        }
    }

    /// Which kinds of node each edge kind may join.
    private static let allowed: [EdgeKind: (from: Set<NodeKind>, to: Set<NodeKind>)] = [
        .supports: ([.premise, .evidence, .authority, .claim], [.claim, .premise, .objection, .reply, .counterargument]),
        .answers: ([.reply], [.objection, .counterargument]),
        .rebuts: ([.objection, .counterargument, .reply], [.claim, .reply, .objection]),
        .undermines: ([.objection, .counterargument, .reply], [.premise, .evidence, .authority]),
        .undercuts: ([.objection, .counterargument], [.claim, .premise]),
    ]

    /// A node cannot support itself, directly or around a loop: the map's tree would have no root. Iterative, linear.
    private func checkSupportCycles() {
        let supports = map.edges.filter { $0.kind == .supports }
        var next: [String: [Edge]] = [:]
        for edge in supports {
            if edge.from == edge.to {
                sink.error(edge.location, "'\(edge.from)' supports itself")
            } else {
                next[edge.from, default: []].append(edge)
            }
        }
        var state: [String: Int] = [:] // 1 on the current path, 2 finished
        for start in next.keys.sorted() where state[start] == nil {
            var stack: [(node: String, index: Int)] = [(start, 0)]
            state[start] = 1
            while let top = stack.last {
                let edges = next[top.node] ?? []
                guard top.index < edges.count else { state[top.node] = 2; stack.removeLast(); continue }
                stack[stack.count - 1].index += 1
                let edge = edges[top.index]
                switch state[edge.to] {
                case 1:
                    let loop = Array(stack.map(\.node).drop { $0 != edge.to }) + [edge.to]
                    sink.error(edge.location, "'supports' goes round in a circle: \(loop.joined(separator: " → "))")
                case nil:
                    state[edge.to] = 1
                    stack.append((edge.to, 0))
                default: break
                }
            }
        }
    }

    private func checkEdges() {
        var seen: Set<[String]> = []
        for edge in map.edges {
            let from = map[edge.from], to = map[edge.to]
            if from == nil { sink.error(edge.location, "edge from an " + unknownNode(edge.from)) }
            if to == nil && edge.isLinked {
                // A linked group is one argument: said once, on its line, not once per premise.
                if edge.from == edge.premises.first {
                    sink.error(edge.location, "the linked group '\(edge.premises.joined(separator: "+"))' supports nothing: " + unknownNode(edge.to))
                }
            } else if to == nil { sink.error(edge.location, "edge to an " + unknownNode(edge.to)) }
            if !seen.insert([edge.from, edge.kind.rawValue, edge.to]).inserted {
                sink.error(edge.location, "duplicate edge '\(edge.from) \(edge.kind.rawValue) \(edge.to)'")
            }
            guard let from, let to, let rule = Self.allowed[edge.kind] else { continue }
            if !rule.from.contains(from.kind) || !rule.to.contains(to.kind) {
                sink.error(edge.location, "'\(edge.kind.rawValue)' cannot join \(from.kind.article) \(from.kind.rawValue) "
                           + "to \(to.kind.article) \(to.kind.rawValue); it joins "
                           + "\(rule.from.map(\.rawValue).sorted().joined(separator: "/")) → "
                           + "\(rule.to.map(\.rawValue).sorted().joined(separator: "/"))")
            }
        }
        checkSupportCycles()
        for node in map.nodes where map.edges(from: node.id).isEmpty && map.edges(to: node.id).isEmpty {
            sink.error(node.location, "node '\(node.id)' is on no edge: link it to what it supports, attacks or answers")
        }
        for objection in map.nodes where objection.kind == .objection {
            if !map.edges(to: objection.id).contains(where: { $0.kind == .answers }) {
                sink.error(objection.location, "objection '\(objection.id)' has no reply that 'answers' it")
            }
        }
        for node in map.nodes where node.kind == .counterargument || node.kind == .objection {
            if !map.edges(from: node.id).contains(where: \.kind.isAttack) {
                sink.error(node.location, "\(node.kind.rawValue) '\(node.id)' attacks nothing: add a rebuts/undermines/undercuts edge")
            }
        }
    }

    private func checkLessons() {
        var lessonIDs: [String: SourceLocation] = [:]
        var questionIDs: [String: SourceLocation] = [:]
        for lesson in course.lessons {
            if let first = lessonIDs[lesson.id] {
                sink.error(lesson.location, "duplicate lesson id '\(lesson.id)' (first defined at \(first))")
            }
            lessonIDs[lesson.id] = lessonIDs[lesson.id] ?? lesson.location
            for step in lesson.steps {
                if case let .narration(_, cite) = step, (cite ?? "").isEmpty {
                    sink.error(lesson.location, "narration in lesson '\(lesson.id)' needs a 'cite' (the part of the article it draws on)")
                }
            }
            for question in lesson.questions {
                if let first = questionIDs[question.id] {
                    sink.error(question.location, "duplicate question id '\(question.id)' (first defined at \(first))")
                }
                questionIDs[question.id] = questionIDs[question.id] ?? question.location
                check(question)
            }
        }
    }

    func check(_ question: Question) {
        if question.hints.count < 2 {
            sink.error(question.location, "question '\(question.id)' needs at least two hints, gentlest first")
        }
        for id in question.nodes + question.half where map[id] == nil {
            sink.error(question.location, "question '\(question.id)' names an " + unknownNode(id))
        }
        switch question.body {
        case .choice(let choices):
            for choice in choices where !choice.correct && (choice.why ?? "").isEmpty {
                sink.error(question.location, "wrong choice '\(choice.text.prefix(40))' of '\(question.id)' needs a 'why'")
            }
        case .truefalse(_, let why):
            if (why ?? "").isEmpty { sink.error(question.location, "true/false question '\(question.id)' needs a 'why'") }
        case .numeric(let value, let tolerance, _):
            if tolerance < 0 || tolerance > abs(value) {
                sink.error(question.location, "tolerance of '\(question.id)' must be between 0 and the answer's size")
            }
        case .explain(let rubric, let pass):
            if rubric.contains(where: { $0.weight <= 0 }) || !(0.0...1.0).contains(pass) {
                sink.error(question.location, "rubric weights must be positive and 'pass' between 0 and 1")
            }
        case .match(let pairs):
            if pairs.count < 2 { sink.error(question.location, "a match question needs at least two pairs") }
        case .order(let steps):
            if steps.count < 3 { sink.error(question.location, "an order question needs at least three steps") }
            if Set(steps).count != steps.count { sink.error(question.location, "an order question lists a node twice") }
        case .place(let statements, let among):
            checkPlacement(question, statements, among: among)
        case .short, .classify:
            break
        }
    }

    /// Every node of the map is taught by at least one authored question.
    private func checkCoverage() {
        let taught = Set(course.lessons.flatMap(\.questions).flatMap(\.nodes))
        for node in map.nodes where !taught.contains(node.id) {
            sink.error(node.location, "node '\(node.id)' is taught by no question")
        }
    }

    /// Whether `text` has the words of `phrase` in a row, ignoring case, punctuation and hyphens.
    static func says(_ text: String, _ phrase: String) -> Bool {
        func words(_ s: String) -> [Substring] { s.lowercased().split { !$0.isLetter && !$0.isNumber } }
        let all = words(text), run = words(phrase)
        return !run.isEmpty && all.indices.contains { all[$0...].starts(with: run) }
    }
}
