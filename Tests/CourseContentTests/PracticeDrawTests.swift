import Testing
@testable import MootContent
@testable import MootModel
@testable import MootSession
@testable import MootSupport

/// Practice runs share their questions among the generated kinds instead of drawing mostly "what kind of node".
@Suite struct PracticeDrawTests {
    @Test func everyGeneratedKindGetsAnEvenShareOfALongPractice() {
        let practice = RepositoryCourse.course.practice
        let kinds = Set(practice.map(PracticeDraw.kind(of:)))
        #expect(kinds == ["answer", "who", "supports", "attacks", "kind"])
        var counts: [String: Int] = [:]
        for seed in 0..<100 {
            var generator = SeededGenerator(seed: UInt64(seed))
            let run = PracticeDraw.pick(practice, count: 10, using: &generator)
            #expect(run.count == 10)
            #expect(Set(run.map(\.id)).count == 10)
            #expect(Set(run.map(PracticeDraw.kind(of:))) == kinds)
            for question in run { counts[PracticeDraw.kind(of: question), default: 0] += 1 }
        }
        // 1 000 questions over five kinds: 200 each (the classify kind alone was 56 % before).
        #expect(counts.values.allSatisfy { $0 == 200 })
    }

    @Test func aKindWithTooFewQuestionsLeavesItsShareToTheOthers() {
        let practice = RepositoryCourse.course.practice
        let few = practice.filter { PracticeDraw.kind(of: $0) == "who" }.prefix(1)
        let many = practice.filter { PracticeDraw.kind(of: $0) == "kind" }
        var generator = SeededGenerator(seed: 7)
        let run = PracticeDraw.pick(Array(few) + many, count: 10, using: &generator)
        #expect(run.count == 10)
        #expect(run.filter { PracticeDraw.kind(of: $0) == "who" }.count == 1)
    }
}
