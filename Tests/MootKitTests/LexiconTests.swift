import Foundation
import Testing
@testable import MootContent
@testable import MootGrading
@testable import MootModel

/// The grading lexicon: WordNet's close synonyms widen the map's words without merging two of them, English words
/// are not "corrected" into course words unless their neighbour says so, the glossary's plain words read as the
/// map's, and a missing or damaged WordNet or cache never stops grading.
@Suite(.serialized) struct LexiconTests {
    /// A WordNet folder in WordNet's own format, with the synsets given (each a list of lemmas; first = noun).
    static func wordnet(nouns: [[String]], adjectives: [[String]] = [], verbForms: [String] = []) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("moot-wn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (pos, letter, synsets) in [("noun", "n", nouns), ("verb", "v", []), ("adj", "a", adjectives), ("adv", "r", [])] {
            var data = "  1 This software and database is being provided to you, the LICENSEE\n"
            var index = "  1 This software and database is being provided to you, the LICENSEE\n"
            var senses: [String: [Int]] = [:]
            for synset in synsets {
                let offset = data.utf8.count
                let words = synset.map { "\($0) 0" }.joined(separator: " ")
                data += String(format: "%08d 03 %@ %02x %@ 000 | a synset\n", offset, letter, synset.count, words)
                for word in synset { senses[word, default: []].append(offset) }
            }
            for (word, offsets) in senses.sorted(by: { $0.key < $1.key }) {
                let list = offsets.map { String(format: "%08d", $0) }.joined(separator: " ")
                index += "\(word) \(letter) \(offsets.count) 0 \(offsets.count) 1 \(list)  \n"
            }
            try data.write(to: folder.appendingPathComponent("data.\(pos)"), atomically: true, encoding: .utf8)
            try index.write(to: folder.appendingPathComponent("index.\(pos)"), atomically: true, encoding: .utf8)
            let exceptions = pos == "verb" ? verbForms.map { $0 + "\n" }.joined() : ""
            try exceptions.write(to: folder.appendingPathComponent("\(pos).exc"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    static func course() throws -> Course { try CourseLoader.load(root: try Fixture().root) }

    static func lexicon(_ course: Course, wordnet: URL) -> Lexicon {
        LexiconCache.lexicon(for: course.map, glossary: course.glossary, cache: nil, wordnet: wordnet)
    }

    /// The nodes an answer names, affirmed.
    static func named(_ course: Course, _ lexicon: Lexicon, _ answer: String) -> [String] {
        let recognizer = Grader(course: course, lexicon: lexicon).recognizer
        return recognizer.recognise(recognizer.analyse(answer)).filter { !$0.negated }.map(\.node)
    }

    @Test func aCloseSynonymReadsAsTheMapWordAndACourseWordIsNeverMerged() throws {
        let course = try Self.course()
        // "warrant" shares authority's first sense; "lawful" and "legal" are course words both: never merged.
        let lexicon = Self.lexicon(course, wordnet: try Self.wordnet(nouns: [["authority", "warrant"], ["lawful", "legal"]]))
        #expect(lexicon.note == nil)
        #expect(lexicon.synonyms == [["authority", "warrant"]])
        #expect(lexicon.collisions == ["lawful", "legal"])
        #expect(Self.named(course, lexicon, "there was no legal warrant for it").contains("objection"))
        #expect(!Self.named(course, .courseOnly, "there was no legal warrant for it").contains("objection"))
    }

    @Test func anEnglishWordIsNotATypoUnlessItsNeighbourSaysSo() throws {
        let course = try Self.course()
        let lexicon = Self.lexicon(course, wordnet: try Self.wordnet(nouns: [], adjectives: [["regal"], ["frugal"]]))
        #expect(lexicon.english.contains("regal") && !lexicon.english.contains("legall"))
        // "regal" beside "authority" is a slip for "legal authority", a wording of the map; alone it is a word.
        #expect(Self.named(course, lexicon, "no regal authority").contains("objection"))
        #expect(Self.named(course, lexicon, "no legall authority").contains("objection"))
        let alone = Grader(course: course, lexicon: lexicon).recognizer.analyse("a regal procession")
        #expect(alone.stems.isEmpty)
        let without = Grader(course: course, lexicon: .courseOnly).recognizer.analyse("a regal procession")
        #expect(!without.stems.isEmpty, "without the dictionary, regal is taken for legal")
    }

    @Test func theGlossarysPlainWordsReadAsTheWordsTheMapUses() throws {
        let course = try CourseLoader.load(root: try GlossaryTests.fixture(glossary: GlossaryTests.valid).root)
        let answer = "strikes are lawful when defending itself"
        #expect(Self.named(course, .courseOnly, answer).contains("thesis"))
        #expect(!Self.named(try Self.course(), .courseOnly, answer).contains("thesis"))
    }

    @Test func aMissingOrDamagedWordNetFallsBackToTheCoursesOwnWordsWithANote() throws {
        let course = try Self.course()
        let missing = Self.lexicon(course, wordnet: URL(fileURLWithPath: "/nonexistent/wordnet"))
        #expect(missing.note?.contains("/nonexistent/wordnet/index.noun") == true)
        #expect(missing.synonyms.isEmpty && missing.english.count == 0)
        let damaged = try Self.wordnet(nouns: [["authority", "warrant"]])
        try "authority n not-a-number\n".write(to: damaged.appendingPathComponent("index.noun"), atomically: true, encoding: .utf8)
        let note = try #require(Self.lexicon(course, wordnet: damaged).note)
        #expect(note.contains("index.noun") && note.contains("not a WordNet index line"))
    }

    @Test func theLexiconIsCachedAndADamagedCacheIsRebuilt() throws {
        let course = try Self.course()
        let wordnet = try Self.wordnet(nouns: [["authority", "warrant"]])
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("moot-lexcache-\(UUID().uuidString)")
        let built = LexiconCache.lexicon(for: course.map, glossary: course.glossary, cache: cache, wordnet: wordnet)
        let files = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0 != "lexicon.lock" }.sorted()
        #expect(files.count == 2 && files[0].hasSuffix(".json") && files[1].hasSuffix(".words"))
        LexiconCache.forget()
        #expect(LexiconCache.lexicon(for: course.map, glossary: course.glossary, cache: cache, wordnet: wordnet) == built)
        try Data("{ damaged".utf8).write(to: cache.appendingPathComponent(files[0]))
        LexiconCache.forget()
        #expect(LexiconCache.lexicon(for: course.map, glossary: course.glossary, cache: cache, wordnet: wordnet) == built)
    }

    @Test func anIrregularVerbFormReadsAsItsCourseVerbUnlessItIsACourseWordItself() throws {
        let map = Fixture.map.replacingOccurrences(of: "phrases: [no legal authority]", with: "phrases: [no legal authority, leaders never admit losing control]")
        let course = try CourseLoader.load(root: try Fixture(map: map).root)
        let plain = Self.lexicon(course, wordnet: try Self.wordnet(nouns: []))
        // Snowball leaves "lost" and "losing" apart ("lost", "lose"); WordNet's verb.exc joins them.
        let lexicon = Self.lexicon(course, wordnet: try Self.wordnet(nouns: [], verbForms: ["lost lose", "led lead"]))
        #expect(lexicon.synonyms.contains(["losing", "lost"]))
        #expect(!plain.synonyms.contains(["losing", "lost"]))
        // "lead" is no course word: its form is left alone.
        #expect(!lexicon.synonyms.joined().contains("led"))
    }

    @Test func theCacheKeepsOnlyTheMostRecentLexicons() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("moot-lexprune-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        let count = LexiconCache.kept + 3
        for index in 0..<count {
            for ext in ["json", "words"] {
                let file = cache.appendingPathComponent("lexicon-\(index).\(ext)")
                try Data("x".utf8).write(to: file)
                try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: Double(1_000_000 + index))], ofItemAtPath: file.path)
            }
        }
        try Data().write(to: cache.appendingPathComponent("lexicon.lock"))
        LexiconCache.prune(cache)
        let left = try FileManager.default.contentsOfDirectory(atPath: cache.path).sorted()
        let expected = ((count - LexiconCache.kept)..<count).flatMap { ["lexicon-\($0).json", "lexicon-\($0).words"] } + ["lexicon.lock"]
        #expect(left == expected.sorted())
    }
}
