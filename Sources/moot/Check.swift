import ArgumentParser
import MootContent
import MootGrading
import MootModel

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check all course content; print each problem as path:line:col: error: message.",
        discussion: "Exits 1 if there is any error, and otherwise prints counts; warnings (a question asked before its node is taught, lopsided answer keys, internal citations, a question that does not read on its own in a quiz or in review) go to stderr.")

    @OptionGroup var options: ContentOptions

    func run() throws {
        let (course, diagnostics) = CourseLoader.loadReportingAll(root: try options.root())
        let errors = diagnostics.filter { $0.severity == .error }
        for diagnostic in errors { print(diagnostic) }
        guard let course, errors.isEmpty else {
            printError("moot check: \(errors.count) problem(s)")
            throw ExitCode(1)
        }
        // Warnings (teaching order, lopsided keys, citations) do not stop the course; they go to stderr.
        let warnings = diagnostics.filter { $0.severity == .warning }
        for warning in warnings { printError(warning.description) }
        if !warnings.isEmpty { printError("moot check: \(warnings.count) warning(s)") }
        // Keys are tested like code: every example answer is graded, and each disagreement named where it is written.
        let lexicon = LexiconCache.lexicon(for: course.map, glossary: course.glossary)
        if let note = lexicon.note { printError("moot check: warning: \(note)") }
        let grader = Grader(course: course, lexicon: lexicon)
        var disagreements = 0, examples = 0, fullHalves = 0
        for question in course.lessons.flatMap(\.questions) {
            for example in question.examples {
                examples += 1
                let verdict: String
                do { verdict = try grader.grade(question, answer: example.answer).verdict.rawValue } catch { verdict = "unreadable" }
                guard verdict != example.label else { continue }
                disagreements += 1
                print("\(example.location): error: example answer to '\(question.id)' is labelled \(example.label) but graded \(verdict): "
                      + example.answer.debugDescription)  // quoted, control characters escaped
            }
        }
        for node in course.map.nodes {
            for example in node.examples {
                examples += 1
                let graded = grader.names(node.id, in: example.answer) ? "correct" : "incorrect"
                guard graded != example.label else { continue }
                disagreements += 1
                print("\(example.location): error: example answer to node '\(node.id)' is labelled \(example.label) "
                      + "but \(graded == "correct" ? "names" : "does not name") it: " + example.answer.debugDescription)
            }
            // A half wording the full key already credits is never read as half.
            for half in node.accept.half where grader.names(node.id, in: half) {
                fullHalves += 1
                print("\(node.location): error: half wording of node '\(node.id)' already names it in full, so it is never half: "
                      + half.debugDescription)
            }
        }
        guard disagreements == 0 && fullHalves == 0 else {
            if disagreements > 0 { printError("moot check: \(disagreements) of \(examples) example answer(s) graded against their label") }
            if fullHalves > 0 { printError("moot check: \(fullHalves) half wording(s) already name their node in full") }
            throw ExitCode(1)
        }
        print(ContentSummary(course: course).description)
        if lexicon.note == nil {
            print("lexicon: \(lexicon.english.count) English word forms guard typo correction; \(lexicon.synonyms.count) WordNet "
                  + "synonyms widen the map's words (\(lexicon.collisions.count) left out as collisions); "
                  + "\(lexicon.antonyms.count) antonyms of its words mark reversed claims")
        }
        if examples > 0 { print("\(examples) example answer(s) graded as labelled") }
    }
}
