import Foundation
import Testing
@testable import MootContent
@testable import MootModel

/// The checks that a course explains before it asks, on fixture courses: a term of art (IRAC) in a prompt needs an
/// earlier narration that uses it; a figure a question asks for needs an earlier narration that states it; and the
/// right option may not be the longest far more often than chance.
@Suite struct TeachingCheckTests {
    static let glossary = """
        terms:
          - id: irac
            term: IRAC
            definition: Issue, rule, application, conclusion.
          - id: unwilling-or-unable
            term: unwilling or unable
            definition: A contested claim.
        """

    /// A fixture lesson: `before` narration, then questions; every node is taught so only the new checks speak.
    static func warnings(_ steps: String, glossary: String = TeachingCheckTests.glossary) throws -> [Diagnostic] {
        let lesson = """
            id: one
            title: Lesson one
            section: Intro
            objectives: [Learn]
            steps:
            \(steps)
            """
        let fixture = try Fixture(course: Fixture.course + "\nglossary: glossary.yaml", lesson: lesson)
        try glossary.write(to: fixture.root.appendingPathComponent("Lessons/glossary.yaml"), atomically: true, encoding: .utf8)
        let diagnostics = CourseLoader.loadReportingAll(root: fixture.root).1
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        return diagnostics.filter { $0.severity == .warning }
    }

    static func say(_ text: String) -> String {
        """
          - say: \(text)
            cite: Author 2025, para. 1
            teaches: [thesis, objection, reply]
        """
    }

    static func explain(_ id: String, _ prompt: String) -> String {
        """
          - id: \(id)
            kind: short
            prompt: \(prompt)
            nodes: [thesis, objection, reply]
            hints: [One, Two]
        """
    }

    static func numeric(_ id: String, _ prompt: String, answer: String, tolerance: String = "0") -> String {
        """
          - id: \(id)
            kind: numeric
            prompt: \(prompt)
            answer: \(answer)
            tolerance: \(tolerance)
            nodes: [thesis, objection, reply]
            hints: [One, Two]
        """
    }

    // MARK: questions shown alone

    /// Review shows a question without its narration: a prompt that points at that narration ("that testimony",
    /// "these figures") is reported at the question; one that names what it means, or points back at its own first
    /// sentence, is not.
    @Test func aPromptThatPointsAtTheNarrationBeforeItIsReported() throws {
        let steps = [Self.say("The thesis."), Self.explain("q1", "Who gave that testimony?"),
                     Self.explain("q2", "What does the article conclude from these figures about Mexico?"),
                     Self.explain("q3", "Who testified in April 2025 about legal authority?"),
                     Self.explain("q4", "The article says 140,000 troops guarded the border. What does that figure show?"),
                     Self.explain("q5", "Does the article say that strikes are lawful?"), Self.say("To sum up.")]
        let warnings = try Self.warnings(steps.joined(separator: "\n")).filter { $0.message.contains("read on its own in review") }
        #expect(warnings.map { $0.message.prefix(5) } == ["'q1' ", "'q2' "], "\(warnings)")
        #expect(warnings.first?.message.contains("'that testimony' points at it") == true)
        #expect(warnings.first?.location.line == 9)
    }

    // MARK: runs of questions and the closing recap

    @Test func aFifthQuestionInARowIsReportedAtItsLineAndARecapEndsTheLesson() throws {
        let five = (1...5).map { Self.explain("q\($0)", "Question \($0)?") }
        let warnings = try Self.warnings(([Self.say("The thesis.")] + five).joined(separator: "\n"))
        let run = try #require(warnings.first { $0.message.contains("questions in a row without teaching") })
        #expect(run.message.contains("from 'q5'"))
        // q1 is at line 9 (as in the IRAC test below) and each question takes 5 lines, so q5 is at 9 + 4 × 5.
        #expect(run.location.file == "Lessons/01-one.yaml" && run.location.line == 29 && run.location.column == 5, "\(run.location)")
        let recap = try #require(warnings.first { $0.message.contains("without a closing recap") })
        #expect(recap.message.contains("ends on question 'q5'") && recap.location.line == 29)
        // Narration between them and at the end: neither warning.
        let taught = [Self.say("The thesis.")] + five.prefix(4) + [Self.say("More.")] + five.suffix(1) + [Self.say("To sum up.")]
        let clean = try Self.warnings(taught.joined(separator: "\n"))
        #expect(!clean.contains { $0.message.contains("in a row") || $0.message.contains("closing recap") }, "\(clean)")
    }

    static func classify(_ id: String) -> String {
        """
          - id: \(id)
            kind: classify
            prompt: What kind of node is this statement?
            nodes: [thesis]
            hints: [One, Two]
        """
    }

    @Test func aClassifyQuestionBeforeTheKindsAreNamedIsReported() throws {
        let early = try Self.warnings([Self.say("The thesis and an objection, with its reply."), Self.classify("k1"), Self.explain("q1", "What?")].joined(separator: "\n"))
        let warning = try #require(early.first { $0.message.contains("before a narration step names the kinds") })
        #expect(warning.message.contains("'k1'") && warning.message.contains("not yet named: claim, premise, evidence, authority, counterargument"))
        #expect(warning.location.line == 9 && warning.location.column == 5)
        let named = try Self.warnings([Self.say("There are seven kinds, a claim, premises, evidence, authorities, objections, replies and counterarguments."),
                                       Self.classify("k1"), Self.explain("q1", "What?")].joined(separator: "\n"))
        #expect(!named.contains { $0.message.contains("names the kinds") }, "\(named)")
    }

    // MARK: terms of art

    @Test func iracUsedBeforeNarrationExplainsItIsReportedAtTheQuestion() throws {
        let warnings = try Self.warnings([Self.say("The thesis."), Self.explain("q1", "IRAC in brief, what is the thesis?")].joined(separator: "\n"))
        let warning = try #require(warnings.first { $0.message.contains("term of art") })
        #expect(warning.message.contains("'q1'") && warning.message.contains("'IRAC'"))
        #expect(warning.location.file == "Lessons/01-one.yaml" && warning.location.line == 9 && warning.location.column == 5)
    }

    @Test func iracExplainedInEarlierNarrationIsClean() throws {
        let warnings = try Self.warnings([Self.say("IRAC means issue, rule, application and conclusion."),
                                          Self.explain("q1", "IRAC in brief, what is the thesis?")].joined(separator: "\n"))
        #expect(!warnings.contains { $0.message.contains("term of art") }, "\(warnings)")
    }

    @Test func narrationAfterTheQuestionDoesNotCount() throws {
        let warnings = try Self.warnings([Self.say("The thesis."), Self.explain("q1", "IRAC in brief?"),
                                          Self.say("IRAC means issue, rule, application and conclusion.")].joined(separator: "\n"))
        #expect(warnings.filter { $0.message.contains("term of art") }.count == 1)
    }

    @Test func aTermMatchesItsOtherOrderAndWholeWordsOnly() throws {
        // "unable or unwilling" in narration explains "unwilling or unable"; "miracle" does not contain the term IRAC.
        let clean = try Self.warnings([Self.say("Whether Mexico is unable or unwilling."),
                                       Self.explain("q1", "Is Mexico unwilling or unable? A miracle?")].joined(separator: "\n"))
        #expect(!clean.contains { $0.message.contains("term of art") }, "\(clean)")
        #expect(TeachingCheck.surfaceForms(of: "Foreign Terrorist Organization (FTO)").contains("fto"))
        #expect(TeachingCheck.words("Self-Defence—the “IRAC” test, Türk") == ["self", "defence", "the", "irac", "test", "türk"])
    }

    // MARK: figures

    @Test func aNumericAnswerNoNarrationStatesIsReported() throws {
        let warnings = try Self.warnings([Self.say("Many Americans were killed at the mines."),
                                          Self.numeric("q1", "How many were killed?", answer: "17")].joined(separator: "\n"))
        let warning = try #require(warnings.first { $0.message.contains("asks for") })
        #expect(warning.message == "question 'q1' asks for 17, which no narration step states before it")
        #expect(warning.location.line == 9)
    }

    @Test func aFigureStatedBeforeTheQuestionIsClean() throws {
        let warnings = try Self.warnings([Self.say("Over 14,000 troops crossed, and 17 Americans had died."),
                                          Self.numeric("q1", "How many troops crossed?", answer: "14000")].joined(separator: "\n"))
        #expect(!warnings.contains { $0.message.contains("asks for") }, "\(warnings)")
    }

    @Test func aNumericKeyWithinItsToleranceOfAStatedFigureIsTaught() throws {
        let warnings = try Self.warnings([Self.say("They killed 125 to 150 people a day."),
                                          Self.numeric("q1", "How many a day?", answer: "137.5", tolerance: "12.5")].joined(separator: "\n"))
        #expect(!warnings.contains { $0.message.contains("asks for") }, "\(warnings)")
    }

    @Test func figuresInAChoicePromptAndItsKeyMustBeStated() throws {
        let choice = """
              - id: q1
                kind: choice
                prompt: The article says 140,000 troops guarded the border. What do sources say?
                nodes: [thesis, objection, reply]
                choices:
                  - text: About 158,000 were called up.
                    correct: true
                  - text: About 14,000.
                    why: That is the expedition.
                hints: [One, Two]
            """
        let warnings = try Self.warnings([Self.say("Another 140,000 troops watched the border."), choice].joined(separator: "\n"))
        let warning = try #require(warnings.first { $0.message.contains("asks for") })
        #expect(warning.message == "question 'q1' asks for 158,000, which no narration step states before it")
    }

    @Test func figuresAreReadAsWritten() {
        #expect(TeachingCheck.figures(in: "over 105,000 deaths, 70 percent, in 1916, 2.5 a day; Art. 2(4)") == [105_000, 70, 1916, 2.5])
        #expect(TeachingCheck.figures(in: "151,689 square miles, and 12,34 is no number") == [151_689])
    }

    // MARK: the longest option

    static func choice(_ id: String, key: String, wrong: [String]) -> Question {
        Question(id: id, lesson: "one", prompt: "Which?",
                 body: .choice([Choice(text: key, correct: true)] + wrong.map { Choice(text: $0, correct: false) }),
                 nodes: ["thesis"], hints: [], explanation: nil, location: SourceLocation(file: "f", line: 1, column: 1))
    }

    @Test func theKeyAlwaysLongestIsFlaggedAndAnEvenSpreadIsNot() {
        let hedged = (1...12).map { Self.choice("q\($0)", key: "Only partly, and with a long hedge that gives it away", wrong: ["No.", "Yes.", "Never."]) }
        let share = TeachingCheck.longestOptionShare(hedged)
        #expect(share.longest == 12 && share.questions == 12 && share.expected == 3)
        #expect(share.tooOften)
        // The key longest in 3 of 12 four-option questions is what chance gives.
        let even = (1...12).map { Self.choice("q\($0)", key: $0 % 4 == 0 ? "The longest option of all four" : "Short",
                                              wrong: ["A middling one", "Another one", "Third"]) }
        let spread = TeachingCheck.longestOptionShare(even)
        #expect(spread.longest == 3 && !spread.tooOften)
    }

    // MARK: the shortest and the only hedged option

    @Test func theKeyAlwaysShortestOrAloneInHedgingIsFlagged() {
        // The modest key: short and qualified, against long confident chains.
        let modest = (1...12).map { Self.choice("q\($0)", key: "Partly, but not proven", wrong: [
            "It proves the whole case, since the figures settle it and the law follows them",
            "It shows the opposite, because every source agrees and the article says so plainly",
            "It decides the question for good, as the court held and the treaty requires"]) }
        let form = TeachingCheck.optionForm(modest)
        #expect(form.shortest.count == 12 && form.shortest.questions == 12 && form.shortest.expected == 3)
        #expect(form.shortest.tooOften)
        #expect(form.onlyHedged.count == 12 && form.onlyHedged.questions == 12 && form.onlyHedged.tooOften)
        // Hedges and lengths spread over keys and wrong options as chance would: no warning.
        let even = (1...12).map { index in
            Self.choice("q\(index)", key: index % 4 == 0 ? "Short, but true" : "A key stated at full length and plainly",
                        wrong: ["A wrong option of middling length", index % 4 == 1 ? "Wrong, but hedged" : "Wrong and plain", "Tiny"]) }
        let spread = TeachingCheck.optionForm(even)
        #expect(!spread.shortest.tooOften && !spread.onlyHedged.tooOften, "\(spread)")
        #expect(spread.onlyHedged.questions == 6 && spread.onlyHedged.count == 3)
        // "not" inside a word ("notice", "knot") is no hedge.
        #expect(!TeachingCheck.hedged("The notice of October") && TeachingCheck.hedged("Not the notice"))
    }

    // MARK: what a true/false statement claims

    static func truefalse(_ id: String, _ prompt: String) -> String {
        """
          - id: \(id)
            kind: truefalse
            prompt: \(prompt)
            answer: true
            why: Because.
            nodes: [thesis, objection, reply]
            hints: [One, Two]
        """
    }

    /// The fixture's thesis node says "Strikes may be lawful self-defence." A narration that declares it teaches
    /// the thesis but says only "The thesis." leaves "strikes" and "lawful" untaught; an earlier `explain:` does
    /// not teach either; a narration that says them does, in another form of the word.
    @Test func aTrueFalseStatementWhoseNodeWordsNoNarrationSaidIsReported() throws {
        let early = try Self.warnings([Self.say("The thesis."), Self.truefalse("tf", "True or false — strikes are lawful."),
                                       Self.say("Recap.")].joined(separator: "\n"))
        let warning = try #require(early.first { $0.message.contains("question 'tf' states") }, "\(early)")
        #expect(warning.message.contains("'strikes', 'lawful'"), "\(warning.message)")
        #expect(warning.location.line == 9, "\(warning.description)")
        let taught = try Self.warnings([Self.say("A strike may be lawfully made in self-defence, as there is no authority and it supplies it."),
                                        Self.truefalse("tf", "True or false — strikes are lawful."), Self.say("Recap.")].joined(separator: "\n"))
        #expect(!taught.contains { $0.message.contains("question 'tf' states") }, "\(taught)")
        // Words that are not the node's own (here "always") are the statement's business, not the check's.
        let other = try Self.warnings([Self.say("Strikes may be lawful; there is no authority, self-defence supplies it."), Self.truefalse("tf", "True or false — strikes are always lawful."),
                                       Self.say("Recap.")].joined(separator: "\n"))
        #expect(!other.contains { $0.message.contains("question 'tf' states") }, "\(other)")
    }

    @Test func theLightStemJoinsTheFormsOfAWord() {
        let pairs = [("sanctions", "sanction"), ("designated", "designation"), ("identifies", "identify"), ("cites", "citing"), ("SDGTs", "SDGT"), ("lawfully", "lawful")]
        for (a, b) in pairs { #expect(TeachingCheck.lightStem(a.lowercased()) == TeachingCheck.lightStem(b.lowercased()), "\(a) \(b)") }
        #expect(TeachingCheck.lightStem("force") != TeachingCheck.lightStem("forty"))
    }
}
