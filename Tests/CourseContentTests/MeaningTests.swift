import Testing
@testable import MootContent
@testable import MootGrading
@testable import MootModel

/// Grading by meaning: wording may vary freely, but negation, the other side, piles and contradictions do not pass.
@Suite struct MeaningTests {
    let course = RepositoryCourse.course
    var grader: Grader { Grader(course: course) }

    @Test func spellingAliasesAndWordOrderDoNotMatter() throws {
        #expect(try grade("orientation-testimony", "there was no legal authorisation for the strikes").verdict == .correct)
        #expect(try grade("orientation-basis", "the right of self-defence").verdict == .correct)
        #expect(try grade("unwilling-manual", "the LoW Manual").verdict == .correct)
        #expect(try grade("unwilling-claim", "if the host is unwilling or unable").verdict == .correct)
        #expect(try grade("unwilling-claim", "if the host is unable or unwilling").verdict == .correct)
        let named = Question(id: "ms13", lesson: "t", prompt: "Name one group designated on 20 February 2025.", body: .short,
                             nodes: ["a-designations-feb-2025"], hints: [], location: SourceLocation(file: "t", line: 1, column: 1))
        #expect(try grader.grade(named, answer: "MS-13").verdict == .correct)
        #expect(try grader.grade(named, answer: "ms 13").verdict == .correct)
    }

    @Test func restatingTheQuestionEarnsNothing() throws {
        #expect(try grade("threat-cjng-name", "CJNG").verdict == .incorrect)
        #expect(try grade("threat-cjng-name", "the Jalisco cartel").verdict == .correct)
    }

    @Test func negationFlipsTheProposition() throws {
        // "Not an armed attack" is the critics' claim: the verdict names it and how it bears on the question.
        let objection = try grade("attack-claim", "trafficking is not an armed attack")
        #expect(objection.verdict == .incorrect)
        #expect(objection.misconception == "other-side")
        #expect(objection.feedback.hasPrefix("You named ‘Selling a drug is not a use of force’ (counterargument), which rebuts ‘Trafficking is an armed attack’"))
        let testimony = try grade("orientation-testimony", "US forces did not lack legal authority")
        #expect(testimony.verdict == .incorrect)
        #expect(testimony.feedback.hasPrefix("You said the opposite of ‘Jenkins — no legal authority for strikes’"))
        #expect(try grade("attack-corn", "trafficking is not an armed attack").verdict == .correct)
        // The question's own "not a legal one" is no negation of the answer's: "not policy" denies policy.
        #expect(try grade("conclusion-policy", "policy").verdict == .correct)
        #expect(try grade("conclusion-policy", "not really policy").verdict == .incorrect)
        #expect(try grade("conclusion-policy", "Not policy, it's that Article 2(4) forbids it.").verdict == .incorrect)
        // A verb of rejecting after its subject, with "it" for the question's subject, denies that subject.
        #expect(try grade("unwilling-contested", "Mexico rejects it.").verdict == .partial)
        #expect(try grade("unwilling-contested", "Mexico does not reject it").verdict == .incorrect)
        // "Which Charter provision" asks for a citation: "Art 2(4)" answers it.
        #expect(try grade("conclusion-charter", "Art 2(4)").verdict == .correct)
        // Another case under a party the key's case shares is another case.
        #expect(try grade("attack-nicaragua-source", "Nicaragua v. Honduras, wasn't it?").verdict == .incorrect)
        #expect(try grade("attack-nicaragua-source", "Nicaragua v US").verdict == .correct)
        // "Short of" denies what follows it, as "rather than" does.
        #expect(try grade("attack-claim", "A use of force that falls short of an armed attack, so only countermeasures.").verdict == .incorrect)
        // A claim reported as claimed is not held: no both-sides refusal.
        #expect(try grade("unwilling-corfu-words", "The ICJ rejected it: Britain's claimed right to intervene was a policy of force with no place in international law.").verdict == .correct)
        // "… and selling drugs isn't one" denies what was named before it.
        #expect(try grade("counter-gap", "Dropping the gap only lowers the bar; you still need a use of force, and selling drugs isn't one.").verdict == .correct)
    }

    @Test func namingAnotherNodeSaysWhichAndHowItRelates() throws {
        // The judgment critics use against the armed-attack claim, when the question asks what the article cites
        // for the territorial duty.
        let verdict = try grade("unwilling-corfu", "Nicaragua")
        #expect(verdict.verdict == .incorrect)
        #expect(verdict.recognised == ["ca-gravity"])
        #expect(verdict.misconception == "wrong-node")
        #expect(verdict.feedback.contains("You named ‘Nicaragua's \"scale and effects\" measures armed force’ (counterargument)"))
        #expect(verdict.feedback.contains("undermines ‘Judged by scale and effect, the harm is grave enough’"))
        #expect(!verdict.path.isEmpty)
        #expect(verdict.path.first?.hasPrefix("ca-gravity undermines") == true)
    }

    @Test func bothSidesPilesAndContradictionsEarnNothing() throws {
        let both = try grade("attack-claim", "it is an armed attack, but selling a drug is not a use of force")
        #expect(both.verdict == .incorrect)
        #expect(both.misconception == "both-sides")
        #expect(try grade("attack-corn", "drugs force armed attack sale commodity").misconception == "keyword-pile")
        let contradiction = try grade("orientation-testimony", "They had no legal authority. They had legal authority.")
        #expect(contradiction.verdict == .incorrect)
        #expect(contradiction.misconception == "self-contradiction")
    }

    @Test func anExplanationThatDeniesAPointLosesIt() throws {
        let misattributed = try grade("conclusion-explain", "The article concludes that strikes would violate international law.")
        #expect(misattributed.verdict == .incorrect)
        let reported = try grade("conclusion-explain", "It concludes strikes would be lawful. Esper said strikes would break international law; Pedrozo says he was wrong. It never deals with consent as the normal route.")
        #expect(reported.verdict == .correct)
        #expect(reported.covered.contains("ca-consent"))
    }

    @Test func verdictsListCoveredAndMissedNodes() throws {
        let partial = try grade("attack-explain", "He treats trafficking as an armed attack.")
        #expect(partial.verdict == .partial)
        #expect(partial.covered == ["c-armed-attack"])
        #expect(Set(partial.missed) == ["p-scale-effects-test", "ca-not-force", "ca-gravity"])
    }

    @Test func hostileAnswersGetAVerdictOrAMessage() throws {
        #expect(throws: UnreadableAnswer.self) { try grade("attack-claim", "") }
        #expect(throws: UnreadableAnswer.self) { try grade("attack-claim", "?!?! ... ---") }
        #expect(try grade("attack-claim", "105000").verdict == .incorrect)
        #expect(try grade("attack-claim", String(repeating: "armed attack ", count: 8_000)).verdict != .correct)
        let invalid = String(decoding: [0xFF, 0x61, 0x72, 0x6D, 0xC3], as: UTF8.self)
        switch Result(catching: { try grade("attack-claim", invalid) }) {
        case .success(let verdict): #expect(verdict.verdict != .correct)
        case .failure(let error): #expect(error is UnreadableAnswer)
        }
    }
}
