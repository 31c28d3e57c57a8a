import Foundation
import MootContent
import MootReview
import MootStore
import MootSupport

/// The store at scale: 1 000 000 attempts and 10 000 cards; and FSRS speed beside py-fsrs.
enum StoreBenchmark {
    static func run(root: URL, into table: inout Table) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("moot-store-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Store(url: folder.appendingPathComponent("moot.sqlite"))
        let course = try CourseLoader.load(root: root)
        let learner = try store.learner(named: "bench", create: true)
        let questions = course.lessons.flatMap(\.questions)
        let now = Clock.system.now()
        let fill = DispatchTime.now()
        try store.fillSyntheticHistory(learner: learner, questions: questions, attempts: 1_000_000, cards: 10_000, now: now)
        table.add("store: fill 1 000 000 attempts + 10 000 cards", format(milliseconds(since: fill)), budget: "", ok: true)
        let record = LearnerRecord(store: store, learner: learner, course: course)
        var queue: [Double] = [], progress: [Double] = []
        for _ in 0..<30 {
            var start = DispatchTime.now()
            _ = try record.reviewQueue(all: false, now: now, limit: 20)
            queue.append(milliseconds(since: start))
            start = DispatchTime.now()
            _ = try record.progress(now: now)
            progress.append(milliseconds(since: start))
        }
        table.add("review-queue query (p50 / max of 30)", "\(format(percentile(queue, 0.5))) / \(format(queue.max()!))",
                  budget: "≤ 20 ms", ok: percentile(queue, 0.5) <= 20)
        table.add("progress summary (p50 / max of 30)", "\(format(percentile(progress, 0.5))) / \(format(progress.max()!))",
                  budget: "≤ 20 ms", ok: percentile(progress, 0.5) <= 20)
        try fsrsThroughput(root: root, into: &table)
    }

    /// Reviews per second on the shared sample sequences, in Swift and in py-fsrs on this machine.
    static func fsrsThroughput(root: URL, into table: inout Table) throws {
        let input = root.appendingPathComponent("Tests/Data/fsrs-input.json")
        struct Input: Decodable {
            struct Sequence: Decodable { var reviews: [Review] }
            struct Review: Decodable { var rating: Int; var at: String }
            var sequences: [Sequence]
        }
        let sequences = try JSONDecoder().decode(Input.self, from: Data(contentsOf: input)).sequences.map { sequence in
            sequence.reviews.map { review -> (Rating, Microseconds) in
                let date = ISODate.date(review.at) ?? Date()
                return (Rating(rawValue: review.rating)!, Microseconds(date.timeIntervalSince1970 * 1_000_000))
            }
        }
        let rounds = 2_000
        let start = DispatchTime.now()
        var reviews = 0
        for _ in 0..<rounds {
            for sequence in sequences {
                var scheduler = Scheduler()
                var card = Card(due: sequence[0].1)
                for (rating, at) in sequence {
                    card = scheduler.review(card, rating, at: at)
                    reviews += 1
                }
            }
        }
        let swiftRate = Double(reviews) / (milliseconds(since: start) / 1000)
        table.add("FSRS reviews per second (Swift)", String(format: "%.0f", swiftRate), budget: "", ok: true)
        guard let pythonRate = pyFSRSRate(input: input) else {
            table.add("FSRS reviews per second (py-fsrs)", "not installed", budget: "pip install fsrs==6.3.2", ok: true)
            return
        }
        table.add("FSRS reviews per second (py-fsrs 6.3.2)", String(format: "%.0f", pythonRate), budget: "", ok: true)
        table.add("FSRS speed ratio, Swift ÷ py-fsrs", String(format: "%.0f×", swiftRate / pythonRate), budget: "", ok: true)
    }

    static func pyFSRSRate(input: URL) -> Double? {
        let script = """
            import json, sys, time
            from datetime import datetime, timezone
            from fsrs import Scheduler, Card, Rating
            def ts(s): return datetime.fromisoformat(s.replace('Z', '+00:00')).astimezone(timezone.utc)
            seqs = [[(Rating(r['rating']), ts(r['at'])) for r in s['reviews']] for s in json.load(open(sys.argv[1]))['sequences']]
            scheduler = Scheduler(enable_fuzzing=False)
            n = 0; start = time.perf_counter()
            for _ in range(20):
                for seq in seqs:
                    card = Card(card_id=1, due=seq[0][1])
                    for rating, at in seq:
                        card, _ = scheduler.review_card(card, rating, review_datetime=at); n += 1
            print(n / (time.perf_counter() - start))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, input.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
