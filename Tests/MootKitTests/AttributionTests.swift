import Foundation
import Testing
@testable import MootContent
@testable import MootGrading
@testable import MootModel

/// The right claim in the wrong mouth earns nothing: the article's thesis given to its critics (or to the objector
/// the map names), and the objection given to the article; the right holder, or none, still earns credit.
@Suite struct AttributionTests {
    static let map = Fixture.map.replacingOccurrences(of: "speaker: Someone", with: "speaker: Mark Esper")

    @Test func aClaimGivenToTheWrongSideIsNotCredited() throws {
        let course = try CourseLoader.load(root: try Fixture(map: Self.map).root)
        let grader = Grader(course: course, lexicon: .courseOnly)
        let thesis = try #require(course.question("q1"))
        for answer in ["Critics argue that strikes are lawful self-defence", "Esper says strikes are lawful self-defence"] {
            let verdict = try grader.grade(thesis, answer: answer)
            #expect(verdict.verdict == .incorrect && verdict.misconception == "wrong-holder", "\(answer)")
            #expect(verdict.feedback.contains("wrong side"))
        }
        for answer in ["The article argues that strikes are lawful self-defence", "strikes are lawful self-defence",
                       "Pedrozo replies to the critics that strikes are lawful self-defence"] {
            #expect(try grader.grade(thesis, answer: answer).verdict == .correct, "\(answer)")
        }
    }

    @Test func theObjectionGivenToTheArticleIsItsSideOnlyWhenNamedSo() {
        let attribution = Attribution(map: ArgumentMap(nodes: [], edges: []))
        let words = TextNormalizer.words("the article concludes there is no legal authority")
        #expect(attribution.holder(before: 4, in: words) == .article)
        #expect(attribution.holder(before: 4, in: TextNormalizer.words("the article and its critics say there is")) == nil)
        #expect(attribution.holder(before: 3, in: TextNormalizer.words("critics of drones")) == nil, "no reporting verb")
    }
}

/// A list of names and terms is a keyword pile, however it is punctuated; a sentence with commas is not.
@Suite struct KeywordListTests {
    @Test func aCommaListOfTermsIsAPileAndASentenceIsNot() {
        #expect(FreeTextGrader.isList("Article 51, Nicaragua, scale and effects, Corn, fentanyl, armed attack"))
        #expect(FreeTextGrader.isList("domestic, international, Article 51, AUMF, War Powers"))
        #expect(!FreeTextGrader.isList("Columbus, New Mexico and Glen Springs, Texas"), "two places are not a pile")
        #expect(!FreeTextGrader.isList("the deaths, the scale, the effects, the cartels: it is an armed attack"))
    }
}
