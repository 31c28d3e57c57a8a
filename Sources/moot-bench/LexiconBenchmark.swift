import Foundation
import MootContent
import MootGrading

/// The grading lexicon: built from WordNet once per content change, then read from its cache file on every run.
enum LexiconBenchmark {
    static func run(root: URL, into table: inout Table) throws {
        let course = try CourseLoader.load(root: root)
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("moot-bench-lexicon-\(getpid())")
        defer { try? FileManager.default.removeItem(at: cache) }
        LexiconCache.forget()
        var start = DispatchTime.now()
        let built = LexiconCache.lexicon(for: course.map, glossary: course.glossary, cache: cache)
        let buildTime = milliseconds(since: start)
        guard built.note == nil else {
            table.add("lexicon build (WordNet)", "no WordNet", budget: "≤ 1000 ms", ok: false)
            return
        }
        table.add("lexicon build (WordNet, \(built.english.count / 1000)k forms)", format(buildTime), budget: "≤ 1000 ms",
                  ok: buildTime <= 1_000)
        var samples: [Double] = []
        for _ in 0..<20 {
            LexiconCache.forget()
            start = DispatchTime.now()
            _ = LexiconCache.lexicon(for: course.map, glossary: course.glossary, cache: cache)
            samples.append(milliseconds(since: start))
        }
        let p50 = percentile(samples, 0.5)
        table.add("lexicon from its cache (p50 of 20)", format(p50), budget: "≤ 10 ms", ok: p50 <= 10)
    }
}
