import Foundation
import MootModel
import MootSupport

/// Every figure a question asks for appears in narration first: a numeric question's answer, and the figures in
/// the prompt and correct options of a choice or true/false question, must each be a number some earlier narration
/// step of the course states (for a numeric key, any figure within its tolerance). Single-digit integers (counts,
/// article numbers) are left out.
extension TeachingCheck {
    func checkFiguresBeforeAsked() {
        var stated = Set<Double>()
        for lesson in course.lessons {
            for step in lesson.steps {
                switch step {
                case .narration(let text, _):
                    stated.formUnion(Self.figures(in: text))
                case .question(let question):
                    var missing = Self.figuresAsked(by: question).filter { !stated.contains($0) }
                    // A numeric key is taught when narration states a figure the key's tolerance accepts
                    // (125 and 150 teach "137.5 ± 12.5").
                    if case .numeric(let value, let tolerance, _) = question.body,
                       stated.contains(where: { abs($0 - value) <= tolerance }) { missing.remove(value) }
                    if !missing.isEmpty {
                        // Years and small figures without a thousands comma ("1917", not "1,917").
                        let listed = missing.sorted().map { $0 < 10_000 ? NumberFormat.twoDecimals($0) : NumberFormat.plain($0) }
                            .joined(separator: ", ")
                        sink.warning(question.location, "question '\(question.id)' asks for \(listed), which no narration step states before it")
                    }
                }
            }
        }
    }

    static func figuresAsked(by question: Question) -> Set<Double> {
        switch question.body {
        case .numeric(let value, _, _):
            return figures(in: question.prompt).union([value])
        case .choice(let choices):
            return choices.filter(\.correct).reduce(figures(in: question.prompt)) { $0.union(figures(in: $1.text)) }
        case .truefalse:
            return figures(in: question.prompt)
        default:
            return []
        }
    }

    /// The numbers a text states in digits ("14,000", "70 percent", "1916", "2.5"), commas as thousands separators.
    /// Read byte by byte: narration is long and this runs at every start.
    static func figures(in text: String) -> Set<Double> {
        var found = Set<Double>(), run: [UInt8] = []
        let comma = UInt8(ascii: ","), point = UInt8(ascii: ".")
        for byte in Array(text.utf8) + [0] {
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == comma || byte == point {
                run.append(byte)
                continue
            }
            // A run such as "14,000", "2.5," or "1916." : drop trailing punctuation, then read it.
            while let last = run.last, last == comma || last == point { run.removeLast() }
            if run.contains(where: { $0 != comma && $0 != point }) {
                let whole = run.prefix { $0 != point }
                let grouped = whole.split(separator: comma, omittingEmptySubsequences: false).dropFirst().allSatisfy { $0.count == 3 }
                let digits = String(decoding: run.filter { $0 != comma }, as: UTF8.self)
                if grouped, let value = Double(digits), value.isFinite, value >= 10 || digits.contains(".") {
                    found.insert(value)
                }
            }
            run.removeAll(keepingCapacity: true)
        }
        return found
    }
}
