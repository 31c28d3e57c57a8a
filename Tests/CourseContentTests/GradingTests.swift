import Testing
@testable import MootContent
@testable import MootGrading
@testable import MootModel
@testable import MootPresentation

@Suite struct GradingTests {
    let course = RepositoryCourse.course
    var grader: Grader { Grader(course: course) }

    /// A question built in code, for kinds the first lesson does not use.
    func ad(_ body: QuestionBody, nodes: [String]) -> Question {
        Question(id: "adhoc", lesson: "test", prompt: "?", body: body, nodes: nodes, hints: [],
                 location: SourceLocation(file: "test", line: 1, column: 1))
    }

    @Test func aShortAnswerIsCheckedAgainstTheNodesAcceptedWordings() throws {
        let verdict = try grade("orientation-testimony", "They had NO legal authority to strike.")
        #expect(verdict.verdict == .correct)
        #expect(verdict.score == 1)
        #expect(verdict.expected == ["o-jenkins"])
        #expect(verdict.recognised.contains("o-jenkins"))
    }

    @Test func caseAccentsAndPunctuationDoNotMatter() throws {
        for answer in ["colby jenkins", "COLBY JENKINS!!!", "Cólby Jénkins", "  colby, jenkins.  "] {
            #expect(try grade("orientation-who", answer).verdict == .correct, "\(answer)")
        }
    }

    @Test func aTypoWithinTheScaledDistanceIsForgiven() throws {
        #expect(try grade("orientation-basis", "self-defence").verdict == .correct)
        #expect(try grade("orientation-basis", "self defense").verdict == .correct)
        #expect(try grade("orientation-basis", "self-defnese").verdict == .correct)
    }

    @Test func anAnswerNamingADifferentNodeIsRecognisedAndNamed() throws {
        let verdict = try grade("orientation-trigger", "The designation does not authorize force")
        #expect(verdict.verdict == .incorrect)
        #expect(verdict.recognised == ["p-designation-not-authority"])
        #expect(verdict.misconception == "wrong-node")
        #expect(verdict.feedback.contains("A designation is not authority to use force"))
        #expect(verdict.feedback.contains("The question asks for"))
    }

    @Test func sayingTheOppositeIsNotCredited() throws {
        let verdict = try grade("orientation-testimony", "they did have legal authority")
        #expect(verdict.verdict == .incorrect)
        #expect(verdict.misconception == "negated")
        #expect(verdict.feedback.hasPrefix("You said the opposite"))
    }

    @Test func aKeywordPileEarnsNothing() throws {
        let verdict = try grade("orientation-explain", "designation authority self-defense force imminent cartel")
        #expect(verdict.verdict == .incorrect)
        #expect(verdict.misconception == "keyword-pile")
    }

    /// Words without a function word are a pile, unless they make one phrase: a case citation, an adverb.
    @Test func aTerseAnswerOnOnePointIsNotAPile() throws {
        #expect(try grade("threat-evidence-opioids", "Opioids - chiefly illicitly manufactured fentanyl.").verdict == .correct)
        #expect(try grade("unwilling-corfu", "corfu channel case, UK v albania").verdict == .correct)
        #expect(try grade("conclusion-charter", "art 2(4) un charter").verdict == .correct)
        #expect(try grade("attack-test", "Nicaragua, Article 51, gravity, armed attack, self-defence").misconception == "keyword-pile")
    }

    /// A speaker's name with content beside it cites the speaker for the content; alone it is no answer.
    @Test func aSpeakersNameWithContentIsNotNameOnly() throws {
        #expect(try grade("steel-gravity", "Taft 2004 - the US view has no gravity gap").verdict == .correct)
        #expect(try grade("unwilling-contested", "Kevin Jon Heller and Ashley Deeks").misconception == "name-only")
    }

    /// In a long answer, a later clause read as a denial is a qualification, not the answer taking its point back.
    @Test func aLongAnswerIsNotASelfContradiction() throws {
        let answer = "It's not a use-of-force authority, just a sanctions label that freezes assets and bans support; "
            + "the right to strike would have to come from elsewhere, like self-defence."
        #expect(try grade("designations-explain", answer).verdict == .correct)
        #expect(try grade("orientation-testimony", "They had no legal authority. They had legal authority.").misconception == "self-contradiction")
    }

    /// "fails its duty" breaches the duty; "fails to stop" denies the stopping.
    @Test func failingADutyIsABreachNotADenial() throws {
        #expect(try grade("unwilling-duty-to-right", "that if Mexico fails in its duty, the US may use force there").verdict == .correct)
        #expect(try grade("unwilling-duty-to-right", "that Mexico fails to stop the cartels").verdict == .incorrect)
    }

    /// Beside the name that answers, another name is an alternative offered, even with "and"; a figure is a detail.
    @Test func aListOfNamesHedges() throws {
        #expect(try grade("precedent-1914-port", "Tampico and Vera Cruz").misconception == "hedged-list")
        #expect(try grade("precedent-1914-port", "Vera Cruz, 1914").verdict == .correct)
        #expect(try grade("unwilling-manual", "LoW Manual, sec 1.11.4.3").verdict == .correct)
    }

    /// The same words said twice, the second time negated: the affirming reading wins, as between wordings.
    @Test func aNegatedRepeatCanStateANegativeKey() throws {
        #expect(try grade("counter-gap", "even without the gravity gap you still need force, and drug sales aren't force").verdict == .correct)
        #expect(try grade("counter-gap", "even without the gravity gap you still need force, and drug sales are force").verdict != .correct)
    }

    /// Snowball folds "internal" into "international": the course's central line, domestic against international law.
    @Test func internalLawIsNotInternationalLaw() throws {
        #expect(TextNormalizer.stem("internal") != TextNormalizer.stem("international"))
        #expect(try grade("orientation-domestic", "international law").verdict == .incorrect)
    }

    @Test func explainGivesPartialCreditAndListsCoveredAndMissed() throws {
        let partial = try grade("orientation-explain", "He agrees the designation does not give authority.")
        #expect(partial.verdict == .partial)
        #expect(partial.score == 0.5)
        #expect(partial.covered == ["p-designation-not-authority"])
        #expect(partial.missed == ["p-self-defense-trigger"])
        let full = try grade("orientation-explain",
                             "He concedes the designation alone does not authorize force, but says self-defence could if a cartel uses force.")
        #expect(full.verdict == .correct)
    }

    @Test func choiceIsAnsweredByLetterNumberOrText() throws {
        #expect(try grade("orientation-thesis", "b").verdict == .correct)
        #expect(try grade("orientation-thesis", "2").verdict == .correct)
        #expect(try grade("orientation-thesis", "B)").verdict == .correct)
        #expect(try grade("orientation-thesis", "the designation alone is not authority but strikes may be lawful self-defence").verdict == .correct)
        let wrong = try grade("orientation-thesis", "c")
        #expect(wrong.verdict == .incorrect)
        #expect(wrong.feedback.hasPrefix("(c) is wrong:"))
    }

    @Test func severalCorrectOptionsGivePartialCredit() throws {
        #expect(try grade("orientation-labels", "a, b").verdict == .correct)
        #expect(try grade("orientation-labels", "a and b").verdict == .correct)
        #expect(try grade("orientation-labels", "a").verdict == .partial)
        #expect(try grade("orientation-labels", "a c").score == 0)
        #expect(try grade("orientation-labels", "c d").verdict == .incorrect)
    }

    @Test func trueFalseAcceptsCommonSpellings() throws {
        for answer in ["false", "F", "no", "False."] {
            #expect(try grade("orientation-designation-tf", answer).verdict == .correct)
        }
        #expect(try grade("orientation-designation-tf", "true").verdict == .incorrect)
        #expect(throws: UnreadableAnswer.self) { try grade("orientation-designation-tf", "perhaps") }
    }

    @Test func classifyNamesTheKindAndExplainsIt() throws {
        #expect(try grade("orientation-classify-objection", "an objection").verdict == .correct)
        let wrong = try grade("orientation-classify-reply", "counterargument")
        #expect(wrong.verdict == .incorrect)
        #expect(wrong.feedback.contains("it is a reply"))
    }

    /// A wrong pick cancels a right one (Moodle's multiple-answer scoring), and the feedback says so.
    @Test func aWrongPickIsSaidToCancelARightOne() throws {
        let question = ad(.choice([Choice(text: "One", correct: true), Choice(text: "Two", correct: true),
                                   Choice(text: "Three", correct: false, why: "Not three."), Choice(text: "Four", correct: false, why: "No.")]),
                          nodes: ["thesis"])
        let alone = try grader.grade(question, answer: "a")
        #expect(alone.score == 0.5 && !alone.feedback.contains("cancels"))
        let mixed = try grader.grade(question, answer: "a c")
        #expect(mixed.score == 0)
        #expect(mixed.feedback.contains("You found 1 of the 2 right options. Each wrong option you chose cancels one right one, so this earns 0%."),
                "\(mixed.feedback)")
        let line = QuestionPresenter(map: course.map, style: Style(color: false)).diagnosis(mixed, question: question)
        #expect(line.contains("cancels one right one"), "\(line)")
    }

    @Test func numericReadsEveryCommonForm() throws {
        let question = ad(.numeric(value: 105_000, tolerance: 500, unit: "deaths"), nodes: ["thesis"])
        for answer in ["105,000", "105000", "105k", "over 105 thousand", "one hundred and five thousand", "about 105 000"] {
            #expect(try grader.grade(question, answer: answer).verdict == .correct, "\(answer)")
        }
        let magnitude = try grader.grade(question, answer: "10,500")
        #expect(magnitude.verdict == .incorrect)
        #expect(magnitude.misconception == "order-of-magnitude")
        #expect(try grader.grade(question, answer: "120,000").misconception == "wrong-number")
        #expect(throws: UnreadableAnswer.self) { try grader.grade(question, answer: "lots") }
    }

    @Test func matchIsAnsweredAsPairs() throws {
        let pairs = [MatchPair(left: "o-jenkins", right: "r-jenkins"),
                     MatchPair(left: "p-designation-not-authority", right: "thesis"),
                     MatchPair(left: "e-jenkins-testimony", right: "ca-domestic-authority")]
        let question = ad(.match(pairs), nodes: pairs.flatMap { [$0.left, $0.right] })
        let key = QuestionPresenter(map: course.map, style: Style(color: false)).answer(question)
        #expect(try grader.grade(question, answer: key).verdict == .correct)
        let letters = key.split(separator: " ").map { $0.last! }
        let swapped = "1\(letters[1]) 2\(letters[0]) 3\(letters[2])"
        let partial = try grader.grade(question, answer: swapped)
        #expect(partial.verdict == .partial)
        #expect(abs(partial.score - 1.0 / 3) < 1e-9)
    }

    @Test func orderGivesCreditByThePairsInTheRightOrder() throws {
        let steps = ["e-jenkins-testimony", "o-jenkins", "r-jenkins", "ca-domestic-authority"]
        let question = ad(.order(steps), nodes: steps)
        let key = QuestionPresenter(map: course.map, style: Style(color: false)).answer(question)
        #expect(try grader.grade(question, answer: key).verdict == .correct)
        let letters = key.split(separator: " ")
        // the last step put first: 3 of the 6 pairs in order
        let rotated = ([letters[3]] + letters[0..<3]).joined(separator: " ")
        #expect(try grader.grade(question, answer: rotated).score == 0.5)
        // one swap of neighbours: 5 of 6 pairs, nearly right
        let swapped = ([letters[1], letters[0]] + letters[2...]).joined(separator: " ")
        let nearly = try grader.grade(question, answer: swapped)
        #expect(abs(nearly.score - 5.0 / 6) < 1e-9 && nearly.verdict == .partial)
        #expect(try grader.grade(question, answer: letters.reversed().joined(separator: " ")).score == 0)
        #expect(throws: UnreadableAnswer.self) { try grader.grade(question, answer: "a a b") }
    }

    @Test func badInputGetsAMessageNotACrash() throws {
        #expect(throws: UnreadableAnswer.self) { try grade("orientation-testimony", "   ") }
        #expect(throws: UnreadableAnswer.self) { try grade("orientation-testimony", "?!…—") }
        let numbers = try grade("orientation-testimony", "12345")
        #expect(numbers.verdict == .incorrect)
        let huge = String(repeating: "cartel force ", count: 50_000)
        #expect(try grade("orientation-testimony", huge).verdict == .incorrect)
        let broken = String(decoding: [0x66, 0xFF, 0xFE, 0x6F], as: UTF8.self)
        // Invalid UTF-8 (read as replacement characters): a message or a verdict that gives no credit.
        switch Result(catching: { try grade("orientation-testimony", broken) }) {
        case .success(let verdict): #expect(verdict.verdict != .correct)
        case .failure(let error): #expect(error is UnreadableAnswer)
        }
    }
}
