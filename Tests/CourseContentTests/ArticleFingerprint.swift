import Foundation
import MootSupport

/// The article as hashes of its word runs (Tests/Data/article-fingerprint.txt, rebuilt by the script beside it), so
/// the copy and figure checks run from a clone with no `../shared` beside it and the repository holds no text of it.
struct ArticleFingerprint {
    static let runLengths = [3, 12]
    /// Hashes of the article's runs of `n` words, by `n`.
    let runs: [Int: Set<UInt64>]
    let wordCount: Int

    static let file = RepositoryCourse.root.appendingPathComponent("Tests/Data/article-fingerprint.txt")
    static let stored = try! ArticleFingerprint(contentsOf: file)

    init(contentsOf url: URL) throws {
        var runs: [Int: Set<UInt64>] = [:]
        var count = 0
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            if line.hasPrefix("#") {
                count = Int(line.split(separator: " ").first { Int($0) != nil } ?? "") ?? 0
                continue
            }
            let fields = line.split(separator: " ")
            guard fields.count == 2, let n = Int(fields[0]), let hash = UInt64(fields[1], radix: 16) else { continue }
            runs[n, default: []].insert(hash)
        }
        self.runs = runs
        wordCount = count
    }

    /// The fingerprint of an article's text, made as the script makes it.
    init(article text: String) {
        let words = CopyTests.words(text)
        var runs: [Int: Set<UInt64>] = [:]
        for n in Self.runLengths where words.count >= n {
            runs[n] = Set((0...(words.count - n)).map { Self.hash(words[$0..<$0 + n]) })
        }
        self.runs = runs
        wordCount = words.count
    }

    static func hash(_ run: ArraySlice<String>) -> UInt64 { FNV1a.hash(run.joined(separator: " ")) }

    /// Whether the article has this run of words (its length must be one the fingerprint keeps).
    func contains(_ run: ArraySlice<String>) -> Bool { runs[run.count]?.contains(Self.hash(run)) ?? false }

    /// Whether every three-word run of `phrase` occurs in the article: the phrase is (almost surely) in it.
    func containsPhrase(_ phrase: String) -> Bool {
        let words = CopyTests.words(phrase)
        guard words.count >= 3 else { return false }
        return (0...(words.count - 3)).allSatisfy { contains(words[$0..<$0 + 3]) }
    }
}

/// The source article itself, beside the repository in ../shared, when it is there.
enum ArticleText {
    static let url = RepositoryCourse.root.deletingLastPathComponent().appendingPathComponent("shared/source/article.txt")
    static var text: String? { try? String(contentsOf: url, encoding: .utf8) }
}
