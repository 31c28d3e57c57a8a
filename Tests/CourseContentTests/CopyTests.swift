import Foundation
import Testing
import Yams
@testable import MootModel

/// The course paraphrases the article: no run of 12 words from it outside a marked quotation, and no quotation
/// longer than 12 words. Quotations are text in “curly” or "straight" double quotes inside a YAML string.
@Suite struct CopyTests {
    static let runLength = 12

    /// Words as copycheck.py counts them: lowercased, accents folded, punctuation dropped.
    static func words(_ text: String) -> [String] {
        text.decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
            .reduce(into: "") { $0.unicodeScalars.append($1) }
            .lowercased()
            .split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
            .map(String.init)
    }

    /// Every string in the content files, after YAML parsing (so YAML's own quotes are gone).
    static func strings(in node: Node) -> [String] {
        switch node {
        case .scalar(let scalar): return [scalar.string]
        case .sequence(let sequence): return sequence.flatMap(strings)
        case .mapping(let mapping): return mapping.flatMap { strings(in: $0.key) + strings(in: $0.value) }
        case .alias: return []
        }
    }

    static func contentStrings() throws -> [(file: String, text: String)] {
        var result: [(String, String)] = []
        for folder in ["Lessons", "Quizzes"] {
            let url = RepositoryCourse.root.appendingPathComponent(folder)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".yaml") {
                let text = try String(contentsOf: url.appendingPathComponent(file), encoding: .utf8)
                guard let root = try Yams.compose(yaml: text) else { continue }
                result += strings(in: root).map { ("\(folder)/\(file)", $0) }
            }
        }
        return result
    }

    /// Splits a string into its quoted passages and the rest.
    static func quotations(in text: String) -> (quoted: [String], rest: String) {
        var quoted: [String] = [], rest = "", current = ""
        var open: Character?
        for character in text {
            if let opening = open {
                if (opening == "“" && character == "”") || (opening == "\"" && character == "\"") {
                    quoted.append(current)
                    current = ""
                    open = nil
                    rest += " | "
                } else {
                    current.append(character)
                }
            } else if character == "“" || character == "\"" {
                open = character
            } else {
                rest.append(character)
            }
        }
        return (quoted, rest + current)
    }

    /// A quoted passage is a quotation of the article when most of its three-word runs occur in it (quoted
    /// titles of other sources are citations, not quotations of the article).
    static func quotesTheArticle(_ quote: [String], in article: ArticleFingerprint) -> Bool {
        guard quote.count >= 3 else { return false }
        let shared = (0...(quote.count - 3)).filter { article.contains(quote[$0..<$0 + 3]) }.count
        return Double(shared) / Double(quote.count - 2) >= 0.5
    }

    @Test func noQuotationOfTheArticleIsLongerThanTwelveWords() throws {
        var quotations = 0
        for (file, text) in try Self.contentStrings() {
            for quote in Self.quotations(in: text).quoted.map(Self.words)
            where Self.quotesTheArticle(quote, in: ArticleFingerprint.stored) {
                quotations += 1
                #expect(quote.count <= Self.runLength, "\(file): “\(quote.joined(separator: " "))”")
            }
        }
        #expect(quotations > 5, "the course quotes the article's key phrases, marked")
    }

    @Test func noRunOfTwelveArticleWordsOutsideAQuotation() throws {
        let article = ArticleFingerprint.stored
        #expect(article.wordCount > 1_000, "Tests/Data/article-fingerprint.txt should fingerprint the whole article")
        var found: [String] = []
        for (file, text) in try Self.contentStrings() {
            // Quoted passages are replaced by a separator, so no run can span one.
            let words = Self.quotations(in: text).rest.split(separator: "|").flatMap { [Self.words(String($0)), ["|"]] }
            for segment in words where segment.count >= Self.runLength && segment != ["|"] {
                for start in 0...(segment.count - Self.runLength) where article.contains(segment[start..<start + Self.runLength]) {
                    found.append("\(file): \(segment[start..<start + Self.runLength].joined(separator: " "))")
                }
            }
        }
        #expect(found == [])
    }

    @Test func theCheckCatchesACopiedSentence() throws {
        let copied = "Large amounts of territory in northern Mexico are not under the effective control of the Mexican government."
        #expect(ArticleFingerprint.stored.contains(Self.words(copied).prefix(Self.runLength)))
        #expect(!ArticleFingerprint.stored.contains(Self.words("a sentence of twelve words that the article never wrote at all").prefix(Self.runLength)))
        #expect(Self.quotations(in: "He said “a b c” and \"d e\"").quoted == ["a b c", "d e"])
        let fingerprint = ArticleFingerprint(article: "it was clearly grave enough")
        #expect(Self.quotesTheArticle(["clearly", "grave", "enough"], in: fingerprint))
        #expect(!Self.quotesTheArticle(["a", "title", "elsewhere"], in: fingerprint))
    }

    /// Where the article is at hand, the stored fingerprint must be the article's (else rebuild it with the script).
    @Test(.enabled(if: ArticleText.text != nil, "needs the article in ../shared/source; the other checks use the stored fingerprint"))
    func theStoredFingerprintIsTheArticles() throws {
        let text = try #require(ArticleText.text)
        let rebuilt = ArticleFingerprint(article: text)
        #expect(rebuilt.runs == ArticleFingerprint.stored.runs && rebuilt.wordCount == ArticleFingerprint.stored.wordCount,
                "stale: python3 Tests/Data/article-fingerprint.py ../shared/source/article.txt > Tests/Data/article-fingerprint.txt")
    }
}
