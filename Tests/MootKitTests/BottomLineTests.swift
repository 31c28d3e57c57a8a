import Testing
@testable import MootContent
@testable import MootGrading
@testable import MootModel

/// An application answer's bottom line: where a reader looks for it, and which way it goes.
@Suite struct BottomLineTests {
    func reading(_ text: String) -> BottomLine.Reading? { BottomLine.reading(TextNormalizer.words(text)) }

    @Test func theConclusionIsReadWhereAReaderLooksForIt() {
        #expect(reading("Lawful: the bombing was an armed attack.")?.conclusion == .lawful)
        #expect(reading("No - the attack is over, so this is a reprisal.")?.conclusion == .unlawful)
        #expect(reading("Issue: may the US strike? Rule: Art 51. Conclusion: not lawful, a reprisal.")?.conclusion == .unlawful)
        #expect(reading("Issue: may the US strike? Conclusion: lawful self-defence.")?.conclusion == .lawful)
        #expect(reading("The strike would be a reprisal after the attack ended.") == nil)
    }

    @Test func aConclusionAboutSeveralActsSaysWhetherItTreatsThemAlike() {
        #expect(reading("All of them are lawful: Mexico consented.") == .init(conclusion: .lawful, sweeping: true))
        #expect(reading("None of it is lawful, because consent cannot justify force.") == .init(conclusion: .unlawful, sweeping: true))
        #expect(reading("Conclusion: only the Sinaloa strikes are lawful.") == .init(conclusion: .mixed))
        #expect(reading("Lawful within Sinaloa, but not beyond it.") == .init(conclusion: .lawful))
        // Where the acts differ, only treating them all alike is wrong; elsewhere, the other verdict is.
        #expect(reading("All lawful: small deviations do not matter.")!.contradicts(.mixed))
        #expect(!reading("Lawful within Sinaloa, but not beyond it.")!.contradicts(.mixed))
        #expect(reading("Lawful: the bombing was an armed attack.")!.contradicts(.unlawful))
        #expect(!reading("Conclusion: only the Sinaloa strikes are lawful.")!.contradicts(.unlawful))
    }

    @Test func onlyAnExplainQuestionCarriesAConclusion() throws {
        let lesson = Fixture.lesson.replacingOccurrences(of: "    nodes: [thesis]\n", with: "    nodes: [thesis]\n    conclusion: unlawful\n")
        let diagnostics = try Fixture(lesson: lesson).diagnostics
        #expect(diagnostics.map(\.message) == ["'conclusion' applies to explain questions only"])
        let acts = Fixture.lesson.replacingOccurrences(of: "    nodes: [thesis]\n", with: "    nodes: [thesis]\n    acts: [one, two]\n")
        #expect(try Fixture(lesson: acts).diagnostics.map(\.message) == ["'acts' applies to explain questions only"])
    }
}
