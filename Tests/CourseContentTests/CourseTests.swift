import Foundation
import Testing
import Yams
@testable import MootContent
@testable import MootGrading
@testable import MootModel

/// The course as a product: its size, its coverage of the article and the debate, and its honesty about sources.
@Suite struct CourseTests {
    let course = RepositoryCourse.course

    @Test func thereAreNineModulesOfAtLeastTwelveQuestionsAndAtLeast150InAll() {
        #expect(course.lessons.count >= 9)
        for lesson in course.lessons {
            #expect(lesson.questions.count >= 12, "\(lesson.id) has \(lesson.questions.count) questions")
            #expect(!lesson.objectives.isEmpty, "\(lesson.id) has no objectives")
        }
        #expect(course.lessons.flatMap(\.questions).count >= 150)
    }

    @Test func everyQuestionKindIsUsed() {
        let used = Set(course.lessons.flatMap(\.questions).map(\.kind))
        #expect(used == Set(QuestionKind.allCases))
    }

    @Test func everyQuestionHasEscalatingHintsAndEveryWrongOptionSaysWhy() {
        for question in course.lessons.flatMap(\.questions) {
            #expect(question.hints.count >= 2, "\(question.id)")
            if case let .choice(choices) = question.body {
                for choice in choices where !choice.correct { #expect(!(choice.why ?? "").isEmpty, "\(question.id)") }
            }
        }
    }

    @Test func theMapHoldsTheArticleAndTheDebate() {
        let map = course.map
        let kinds = Dictionary(grouping: map.nodes, by: \.kind)
        #expect(map.thesis != nil)
        #expect((kinds[.claim] ?? []).count >= 6)
        #expect((kinds[.objection] ?? []).count == 4)
        #expect((kinds[.counterargument] ?? []).count >= 10)
        #expect(map.nodes.contains { $0.kind == .premise && !$0.explicit })
        for counter in kinds[.counterargument] ?? [] {
            #expect(!(counter.source ?? "").isEmpty && !(counter.authority ?? "").isEmpty, "\(counter.id)")
            #expect(map.edges(from: counter.id).contains { $0.kind.isAttack }, "\(counter.id)")
        }
        for objection in kinds[.objection] ?? [] {
            #expect(map.edges(to: objection.id).contains { $0.kind == .answers }, "\(objection.id)")
        }
        for id in ["a-low-manual", "a-corfu-channel", "a-executive-order", "a-designations-feb-2025"] {
            #expect(map[id]?.kind == .authority, "\(id)")
        }
    }

    @Test func theArticlesFiguresAppearExactlyAsItGivesThem() throws {
        // Each figure with enough of its context to be a three-word run of the article.
        for expected in ["over 105,000 drug", "Over 70 percent", "caused 200 deaths", "just over 58,000", "151,689 square miles",
                         "30 to 35 percent", "125 to 150", "over 14,000 U.S.", "additional 140,000 U.S.", "17 U.S. citizens",
                         "18 U.S. military"] {
            #expect(ArticleFingerprint.stored.containsPhrase(expected), "the article should contain \(expected)")
        }
        let figures = Set(course.map.nodes.flatMap(\.figures))
        for figure in ["105,000", "70 percent", "200", "58,000", "151,689 square miles", "30 to 35 percent", "125 to 150",
                       "14,000", "140,000", "17", "18", "VanHerk", "§ 1.11.4.3"] {
            #expect(figures.contains(figure), "\(figure)")
        }
    }

    @Test func factChecksCarrySourceAndDateAndLaterEventsAreLabelled() {
        let checked = course.map.nodes.filter { $0.check != nil }
        #expect(checked.count >= 15)
        for node in checked {
            #expect(!node.check!.source.isEmpty && !node.check!.date.isEmpty, "\(node.id)")
        }
        let verdicts = Set(checked.map(\.check!.verdict))
        #expect(verdicts.isSuperset(of: ["accurate", "overstated", "imprecise", "not-found"]))
        for id in ["e-boat-strikes", "e-niac-notice", "e-turk-statement"] {
            #expect((course.map[id]?.after ?? "") > course.citation.published, "\(id)")
            #expect(course.map[id]?.text.hasPrefix("After the article") == true, "\(id)")
        }
    }

    @Test func practiceQuestionsAreGeneratedFromTheMapsShape() throws {
        let practice = course.practice
        #expect(practice.allSatisfy { $0.generated })
        #expect(practice.contains { $0.id == "practice-answer-o-esper" && $0.nodes == ["r-esper"] })
        #expect(practice.contains { $0.id == "practice-who-o-esper" && $0.kind == .choice })
        #expect(practice.contains { $0.id == "practice-supports-e-overdoses-2023-p-scale-effects-test" })
        #expect(practice.contains { $0.id == "practice-attacks-ca-gravity-p-scale-effects-test" })
        let grader = Grader(course: course)
        let who = try #require(course.question("practice-who-o-esper"))
        guard case let .choice(choices) = who.body else { return }
        let right = try #require(choices.firstIndex { $0.correct })
        #expect(try grader.grade(who, answer: QuestionLayout.letter(right)).verdict == .correct)
        let answer = try #require(course.question("practice-answer-o-esper"))
        #expect(try grader.grade(answer, answer: "Esper's advice was incorrect").verdict == .correct)
    }
}
