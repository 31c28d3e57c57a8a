import Foundation
import GRDB
import Testing
@testable import MootContent
@testable import MootGrading
@testable import MootModel
@testable import MootReview
@testable import MootSession
@testable import MootStore
@testable import MootSupport

@Suite struct StoreTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("moot-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    final class TestClock: @unchecked Sendable {
        var now: Microseconds = 1_700_000_000_000_000
        func advance(days: Double) { now += Microseconds(days * 86_400_000_000) }
    }

    func record(_ store: Store, clock: TestClock) throws -> LearnerRecord {
        let record = LearnerRecord(store: store, learner: try store.learner(named: "ada", create: true), course: RepositoryCourse.course)
        record.clock = Clock { clock.now }
        return record
    }

    func answer(_ record: LearnerRecord, _ id: String, _ outcome: Outcome, hints: Int = 0, attempt: Int = 1) throws {
        let question = try #require(RepositoryCourse.course.question(id))
        let verdict = Verdict(question: id, verdict: outcome, score: outcome == .correct ? 1 : 0, expected: question.nodes, feedback: "")
        try record.record(question: question, response: "x", outcome: verdict.verdict.rawValue, score: verdict.score,
                          rating: LearningPolicy.reviewRating(outcome, hintsUsed: hints, attempt: attempt), hintsUsed: hints,
                          attempt: attempt, seconds: 1, mode: .study, closedWith: verdict.score)
    }

    @Test func everyAttemptIsStoredWithItsDetailsAndThePlaceIsKept() throws {
        let store = try Store(url: try Self.folder().appendingPathComponent("moot.sqlite"))
        let clock = TestClock()
        let record = try record(store, clock: clock)
        try answer(record, "orientation-testimony", .correct, hints: 1)
        try record.savePosition(lesson: "orientation", question: 1)
        let row = try #require(try store.database.read { try Row.fetchOne($0, sql: "SELECT * FROM attempt") })
        #expect(row["question"] as String == "orientation-testimony")
        #expect(row["verdict"] as String == "correct")
        #expect(row["hintsUsed"] as Int == 1)
        #expect(row["mode"] as String == "study")
        #expect(row["lesson"] as String == "orientation")
        #expect(record.resumePoint() == ResumePoint(lesson: "orientation", question: 1))
        let journal = try store.database.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(journal == "wal")
    }

    @Test func aMissComesBackOnScheduleWithItsNodeAndLeavesOnceLearnt() throws {
        let store = try Store(url: try Self.folder().appendingPathComponent("moot.sqlite"))
        let clock = TestClock()
        let record = try record(store, clock: clock)
        try answer(record, "critical-jenkins-title", .correct)
        clock.advance(days: 1)
        try answer(record, "orientation-who", .incorrect)
        // The other question on the same node, met before, is brought back at once; the missed one after its relearning step.
        #expect(try record.reviewQueue(all: false, now: clock.now) == ["critical-jenkins-title"])
        #expect(try record.reviewQueue(all: true, now: clock.now).sorted() == ["critical-jenkins-title", "orientation-who"])
        clock.advance(days: 1)
        #expect(try record.reviewQueue(all: false, now: clock.now).count == 2)
        #expect(try record.progress(now: clock.now).missed == 2)
        #expect(try record.progress(now: clock.now).dueNow == 2)
        // Good twice graduates it back to Review: it leaves the missed list, but stays on the FSRS schedule.
        try answer(record, "orientation-who", .correct)
        clock.advance(days: 1)
        try answer(record, "orientation-who", .correct)
        #expect(try record.progress(now: clock.now).missed == 1)
        #expect(try record.reviewQueue(all: true, now: clock.now).contains("orientation-who"))
        let due = try #require(try record.nextDue(after: clock.now))
        #expect(due > clock.now)
    }

    @Test func onlyTheFirstTryIsAReviewAndASkipIsAgain() throws {
        let store = try Store(url: try Self.folder().appendingPathComponent("moot.sqlite"))
        let record = try record(store, clock: TestClock())
        try answer(record, "orientation-basis", .incorrect, attempt: 1)
        try answer(record, "orientation-basis", .correct, attempt: 2)
        let logs = try store.database.read { try Int.fetchAll($0, sql: "SELECT rating FROM reviewLog WHERE question = 'orientation-basis'") }
        #expect(logs == [1])
        try record.recordSkip(question: try #require(RepositoryCourse.course.question("orientation-domestic")), hintsUsed: 0, mode: .study,
                              rating: .again)
        let skip = try store.database.read { try Int.fetchOne($0, sql: "SELECT rating FROM reviewLog WHERE question = 'orientation-domestic'") }
        #expect(skip == Rating.again.rawValue)
    }

    @Test func mostOverdueComesFirst() throws {
        let store = try Store(url: try Self.folder().appendingPathComponent("moot.sqlite"))
        let clock = TestClock()
        let record = try record(store, clock: clock)
        try answer(record, "precedent-claim", .incorrect)
        clock.advance(days: 0.01)
        try answer(record, "threat-response", .incorrect)
        clock.advance(days: 3)
        let queue = try record.reviewQueue(all: false, now: clock.now)
        #expect(queue.firstIndex(of: "precedent-claim")! < queue.firstIndex(of: "threat-response")!)
    }

    @Test func twoStoresOnOneFileBothWrite() throws {
        let url = try Self.folder().appendingPathComponent("moot.sqlite")
        let first = try Store(url: url), second = try Store(url: url)
        let a = try record(first, clock: TestClock()), b = try record(second, clock: TestClock())
        try answer(a, "orientation-testimony", .correct)
        try answer(b, "orientation-who", .correct)
        #expect(try first.database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM attempt") } == 2)
    }

    @Test func aNewerDatabaseIsRefusedAndLeftUntouched() throws {
        let url = try Self.folder().appendingPathComponent("moot.sqlite")
        do {
            let store = try Store(url: url)
            try store.database.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9: from the future')") }
        }
        let before = try Data(contentsOf: url)
        #expect { try Store(url: url) } throws: { ($0 as? StoreError).map { if case .newerVersion = $0 { true } else { false } } ?? false }
        #expect(try Data(contentsOf: url) == before)
    }

    @Test func aDamagedFileIsRefusedAndLeftUntouched() throws {
        let url = try Self.folder().appendingPathComponent("moot.sqlite")
        let garbage = Data(String(repeating: "not a database ", count: 400).utf8)
        try garbage.write(to: url)
        #expect { try Store(url: url) } throws: { ($0 as? StoreError).map { if case .unreadable = $0 { true } else { false } } ?? false }
        #expect(try Data(contentsOf: url) == garbage)
    }

    /// Damage inside the file (here a b-tree page overwritten) is found at open, before anything is written.
    @Test func damagedPagesAreFoundAtOpenAndNothingIsWritten() throws {
        let url = try Self.folder().appendingPathComponent("moot.sqlite")
        do {
            let store = try Store(url: url)
            let record = try record(store, clock: TestClock())
            for _ in 0..<40 { try answer(record, "orientation-thesis", .correct) }
            try store.database.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
        var bytes = try Data(contentsOf: url)
        let pageSize = 4096
        #expect(bytes.count > 4 * pageSize)
        bytes.replaceSubrange(pageSize * 3..<pageSize * 3 + 200, with: Data(repeating: 0xA5, count: 200))
        try bytes.write(to: url)
        #expect { try Store(url: url) } throws: { error in
            guard let error = error as? StoreError, case .damaged = error else { return false }
            return !error.description.contains("SQLite error") && error.description.contains("recover")
        }
        #expect(try Data(contentsOf: url) == bytes)
    }

    @Test func aReadOnlyStoreReadsProgressAndWritesNothing() throws {
        let url = try Self.folder().appendingPathComponent("moot.sqlite")
        do { _ = try record(try Store(url: url), clock: TestClock()) }
        let store = try Store(url: url, readOnly: true)
        #expect(try store.learner(named: "ada", create: false) > 0)
        #expect(throws: StoreError.self) { try store.learner(named: "bob", create: true) }
    }

    @Test func aFolderThatCannotBeCreatedIsReported() throws {
        let file = try Self.folder().appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        #expect { try Store(url: file.appendingPathComponent("moot.sqlite")) } throws: {
            ($0 as? StoreError).map { if case .notWritable = $0 { true } else { false } } ?? false
        }
    }

    @Test func anUnknownLearnerIsCreatedOnlyOnPurpose() throws {
        let store = try Store(url: try Self.folder().appendingPathComponent("moot.sqlite"))
        _ = try store.learner(named: "ada", create: false)  // the very first learner
        #expect(throws: StoreError.self) { try store.learner(named: "adda", create: false) }
        do {
            _ = try store.learner(named: "adda", create: false)
        } catch {
            #expect(String(describing: error).contains("did you mean 'ada'?"))
        }
        #expect(try store.learner(named: "bob", create: true) != store.learner(named: "ada", create: false))
    }
}
