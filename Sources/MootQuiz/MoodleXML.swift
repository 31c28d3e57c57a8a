import MootModel
import MootSupport

/// A quiz in Moodle's XML question format, which keeps what GIFT loses: per-option feedback with fractions,
/// numerical units, matching, ordering (qtype_ordering, standard since Moodle 4.4) and each question's points.
///
/// Free-text questions (`short`, `explain`) become essays whose grader information holds the model answer and the
/// criteria: Moodle's short answer matches literal strings only and would refuse most right answers, while moot
/// grades them by meaning.
public enum MoodleXML {
    public static func document(_ quiz: Quiz, map: ArgumentMap) -> String {
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<!-- \(xml(quiz.title)) — exported by moot -->", "<quiz>",
                     "  <question type=\"category\"><category><text>$course$/moot/\(xml(quiz.id))</text></category></question>"]
        for item in quiz.items { lines += question(item, map: map).map { "  " + $0 } }
        lines.append("</quiz>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text for an XML element or attribute.
    static func xml(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            // XML 1.0 allows no other control characters; a tab or newline is kept.
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// A `<text>` of HTML showing `plain` as it is (escaped for HTML, then for XML).
    static func html(_ plain: String, wrap: Bool = true) -> String {
        let body = AnkiExport.escape(plain).replacingOccurrences(of: "\n", with: "<br>")
        return "<text>" + xml(wrap ? "<p>\(body)</p>" : body) + "</text>"
    }

    /// A number as Moodle reads it: digits and a decimal point, no grouping.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func percent(_ value: Double) -> String { number((value * 1e7).rounded() / 1e7) }

    static func question(_ item: QuizItem, map: ArgumentMap) -> [String] {
        let question = item.question
        let type: String
        var body: [String] = []
        func text(_ id: String) -> String { question.text(of: id, in: map) }
        switch question.body {
        case .choice(let choices):
            type = "multichoice"
            let right = choices.filter(\.correct).count
            body += ["<single>\(right == 1)</single>", "<shuffleanswers>1</shuffleanswers>", "<answernumbering>abc</answernumbering>"]
            for choice in choices {
                let fraction = choice.correct ? 100 / Double(right) : (right == 1 ? 0 : -100 / Double(max(1, choices.count - right)))
                body.append("<answer fraction=\"\(percent(fraction))\" format=\"html\">\(html(choice.text, wrap: false))"
                            + "<feedback format=\"html\">\(html(choice.why ?? (choice.correct ? "Right." : "")))</feedback></answer>")
            }
        case .truefalse(let answer, let why):
            type = "truefalse"
            for value in [true, false] {
                body.append("<answer fraction=\"\(value == answer ? 100 : 0)\" format=\"moodle_auto_format\"><text>\(value)</text>"
                            + "<feedback format=\"html\">\(html(why ?? ""))</feedback></answer>")
            }
        case .numeric(let value, let tolerance, let unit):
            type = "numerical"
            body.append("<answer fraction=\"100\" format=\"moodle_auto_format\"><text>\(number(value))</text>"
                        + "<tolerance>\(number(tolerance))</tolerance></answer>")
            if let unit {
                body += ["<units><unit><multiplier>1</multiplier><unit_name>\(xml(unit))</unit_name></unit></units>",
                         "<unitgradingtype>0</unitgradingtype>", "<showunits>3</showunits>", "<unitsleft>0</unitsleft>"]
            }
        case .classify:
            type = "multichoice"
            let node = map[question.nodes.first ?? ""]
            body += ["<single>true</single>", "<shuffleanswers>1</shuffleanswers>", "<answernumbering>abc</answernumbering>"]
            for kind in NodeKind.allCases {
                body.append("<answer fraction=\"\(kind == node?.kind ? 100 : 0)\" format=\"html\">\(html(kind.rawValue, wrap: false))</answer>")
            }
        case .match(let pairs):
            type = "matching"
            body.append("<shuffleanswers>1</shuffleanswers>")
            for pair in pairs {
                body.append("<subquestion format=\"html\">\(html(text(pair.left)))<answer><text>\(xml(text(pair.right)))</text></answer></subquestion>")
            }
        case .order(let steps):
            type = "ordering"
            body += ["<layouttype>VERTICAL</layouttype>", "<selecttype>ALL</selecttype>", "<selectcount>0</selectcount>",
                     "<gradingtype>RELATIVE_NEXT_EXCLUDE_LAST</gradingtype>", "<showgrading>SHOW</showgrading>"]
            for step in steps { body.append("<answer fraction=\"1\" format=\"html\">\(html(text(step), wrap: false))</answer>") }
        case .place(let statements, let among):
            // Moodle's matching type: each statement to where it goes, with other placements of the offered
            // nodes as decoy answers (subquestions with no text), so it is graded per statement as moot does.
            type = "matching"
            body.append("<shuffleanswers>1</shuffleanswers>")
            let keys = statements.map { $0.relation.phrase(map.title(of: $0.node) ?? $0.node) }
            for (statement, key) in zip(statements, keys) {
                body.append("<subquestion format=\"html\">\(html(statement.text))<answer><text>\(xml(key))</text></answer></subquestion>")
            }
            let decoys = QuestionLayout.placeTargets(statements, among: among, id: question.id).flatMap { id in
                [PlacementRelation.supports, .attacks].map { $0.phrase(map.title(of: id) ?? id) }
            }.filter { !keys.contains($0) }
            for decoy in Set(decoys).sorted().prefix(6) {
                body.append("<subquestion format=\"html\"><text></text><answer><text>\(xml(decoy))</text></answer></subquestion>")
            }
        case .short, .explain:
            type = "essay"
            var info = "Model answer: " + question.nodes.compactMap { map[$0] }.map { "\($0.title): \($0.text)" }.joined(separator: " ")
            if case .explain(let rubric, let pass) = question.body {
                let total = rubric.reduce(0) { $0 + $1.weight }
                info = "Criteria (weight of \(NumberFormat.plain(total)); full credit from \(Int((pass * 100).rounded())) %):\n"
                    + rubric.map { "• \(map[$0.node]?.title ?? $0.node) (\(NumberFormat.plain($0.weight))): \(text($0.node))" }
                        .joined(separator: "\n")
            }
            if let explanation = question.explanation { info += "\n\nExplanation: " + explanation }
            body += ["<responseformat>plain</responseformat>", "<responsefieldlines>\(question.kind == .explain ? 10 : 3)</responsefieldlines>",
                     "<graderinfo format=\"html\">\(html(info))</graderinfo>"]
        }
        var lines = ["<question type=\"\(type)\">",
                     "  <name><text>\(xml(question.id))</text></name>",
                     "  <questiontext format=\"html\">\(html(question.prompt))</questiontext>",
                     "  <generalfeedback format=\"html\">\(html(question.explanation ?? "", wrap: question.explanation != nil))</generalfeedback>",
                     "  <defaultgrade>\(number(item.points))</defaultgrade>",
                     "  <idnumber>\(xml(question.id))</idnumber>"]
        lines += body.map { "  " + $0 }
        lines.append("</question>")
        return lines
    }
}
