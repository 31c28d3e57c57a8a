import Testing
@testable import MootModel

/// Rubric items of one group are one criterion: any of them meets it, once, at the group's highest weight ("one
/// objection the article answers": Esper's or Sheinbaum's).
@Suite struct RubricGroupTests {
    static let rubric = [
        RubricItem(node: "conclusion", weight: 2),
        RubricItem(node: "esper", weight: 1, group: "answered"),
        RubricItem(node: "sheinbaum", weight: 1, group: "answered"),
        RubricItem(node: "charter", weight: 1, group: "unanswered"),
        RubricItem(node: "necessity", weight: 2, group: "unanswered"),
    ]

    @Test func aGroupIsOneCriterionWorthItsBestWeight() {
        #expect(Self.rubric.criteria.map { $0.map(\.node) } == [["conclusion"], ["esper", "sheinbaum"], ["charter", "necessity"]])
        #expect(Self.rubric.totalPoints == 5)
    }

    @Test func anyItemMeetsItsGroupOnce() {
        #expect(Self.rubric.points(covering: ["esper"]) == 1)
        #expect(Self.rubric.points(covering: ["esper", "sheinbaum"]) == 1)
        #expect(Self.rubric.points(covering: ["conclusion", "sheinbaum", "charter"]) == 4)
        #expect(Self.rubric.points(covering: ["charter", "necessity"]) == 2)
    }

    @Test func theRestOfAMetGroupIsNotMissing() {
        #expect(Self.rubric.settled(by: ["esper"]) == ["sheinbaum"])
        #expect(Self.rubric.settled(by: ["conclusion"]).isEmpty)
    }

    @Test func aGroupMetOnlyByALighterItemStillMissesItsHeaviest() {
        #expect(Self.rubric.settled(by: ["charter"]).isEmpty)
        #expect(Self.rubric.settled(by: ["necessity"]) == ["charter"])
    }
}
