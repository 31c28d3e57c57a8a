import Testing
@testable import MootContent
@testable import MootGrading

/// Prepositions, conjunctions and pronouns are real English although WordNet, a dictionary of content words, lacks
/// them: typo correction leaves them alone, so "during" is never read as "doing", nor "whether" as "weather".
@Suite struct FunctionWordTests {
    @Test func aFunctionWordIsNoSlipForACourseWord() throws {
        let map = Fixture.map.replacingOccurrences(of: "phrases: [no legal authority]",
                                                   with: "phrases: [no legal authority, doing nothing, weather report]")
        let course = try CourseLoader.load(root: try Fixture(map: map).root)
        let recognizer = NodeRecognizer(map: course.map)
        let doing = try #require(recognizer.numbers[TextNormalizer.stem("doing")])
        let weather = try #require(recognizer.numbers[TextNormalizer.stem("weather")])
        #expect(recognizer.analyse("they fired during the attack").stems[doing] == nil)
        #expect(recognizer.analyse("whether the strikes are lawful").stems[weather] == nil)
        // A real slip still reads as the course word.
        #expect(recognizer.analyse("they were doinng nothing").stems[doing] != nil)
    }
}
