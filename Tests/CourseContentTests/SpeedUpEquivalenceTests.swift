import Foundation
import Testing
import Yams
@testable import MootContent
@testable import MootGrading
@testable import MootModel
@testable import MootQuiz
@testable import MootSupport

/// Speed-ups that must change nothing: each is checked here against the plain code it replaced, on the real course
/// and the answers in Tests/Data.
@Suite struct SpeedUpEquivalenceTests {
    /// The breadth-first search over node ids that `ArgumentMap.path` used before it numbered the map.
    static func plainPath(_ map: ArgumentMap, from start: String, to goal: String, maxLength: Int = 6) -> [Edge]? {
        if start == goal { return [] }
        var previous: [String: (String, Edge)] = [:]
        var visited: Set<String> = [start]
        var frontier = [start]
        for _ in 0..<maxLength {
            var next: [String] = []
            for id in frontier {
                for edge in map.edges(from: id) + map.edges(to: id) {
                    let neighbour = edge.from == id ? edge.to : edge.from
                    guard visited.insert(neighbour).inserted else { continue }
                    previous[neighbour] = (id, edge)
                    if neighbour == goal {
                        var chain: [Edge] = []
                        var cursor = goal
                        while cursor != start, let (parent, edge) = previous[cursor] {
                            chain.append(edge)
                            cursor = parent
                        }
                        return chain.reversed()
                    }
                    next.append(neighbour)
                }
            }
            frontier = next
        }
        return nil
    }

    @Test func everyPathOfTheMapIsTheOneThePlainSearchFinds() {
        let map = RepositoryCourse.course.map
        let ids = map.nodes.map(\.id) + ["not-a-node"]
        var compared = 0
        for start in ids {
            for goal in ids {
                for length in [1, 2, 6] {
                    #expect(map.path(from: start, to: goal, maxLength: length) == Self.plainPath(map, from: start, to: goal, maxLength: length),
                            "\(start) → \(goal), at most \(length)")
                    compared += 1
                }
            }
        }
        #expect(compared > 10_000)
    }

    @Test func pathsThroughIdsThatAreNoNodeAndRepeatedIdsAreFoundAsBefore() {
        let here = SourceLocation(file: "m", line: 1, column: 1)
        func node(_ id: String) -> ArgumentNode {
            ArgumentNode(id: id, kind: .premise, title: id, text: id, section: "all", accept: Accept(), location: here)
        }
        let edges = [Edge(from: "a", kind: .supports, to: "ghost", location: here),
                     Edge(from: "ghost", kind: .supports, to: "b", location: here),
                     Edge(from: "b", kind: .rebuts, to: "a", location: here),
                     Edge(from: "c", kind: .supports, to: "c", location: here),
                     Edge(from: "a", kind: .supports, to: "c", location: here)]
        let map = ArgumentMap(nodes: [node("a"), node("b"), node("a"), node("c")], edges: edges)
        for start in ["a", "b", "c", "ghost", "none"] {
            for goal in ["a", "b", "c", "ghost", "none"] {
                #expect(map.path(from: start, to: goal) == Self.plainPath(map, from: start, to: goal), "\(start) → \(goal)")
            }
        }
    }

    /// The scan over every known word that `TypoCorrector.correct` made before it narrowed its search.
    static func plainCorrection(_ word: String, in byLength: [Int: [String]]) -> String {
        let bytes = Array(word.utf8)
        let allowed = TypoCorrector.allowedEdits(bytes.count)
        guard allowed > 0 else { return word }
        var best: (String, Int)?
        for length in (bytes.count - allowed)...(bytes.count + allowed) {
            for candidate in byLength[length] ?? [] {
                let other = Array(candidate.utf8)
                guard other.first == bytes.first || bytes.count >= 5 else { continue }
                let distance = EditDistance.between(bytes, other, limit: allowed)
                if distance <= allowed && distance < (best?.1 ?? .max) { best = (candidate, distance) }
            }
        }
        return best?.0 ?? word
    }

    /// Reading a word without stemming it must lose no stem: over WordNet's lemmas and their regular inflections,
    /// the course's words and every word of the labelled answers, each word whose stem the map knows is one the
    /// heads let through.
    @Test func noWordWithAKnownStemSkipsStemming() throws {
        let recognizer = Grader(course: RepositoryCourse.course).recognizer
        var words = recognizer.courseWords
        let data = RepositoryCourse.root.appendingPathComponent("Tests/Data")
        for file in try FileManager.default.contentsOfDirectory(atPath: data.path) where file.hasSuffix(".tsv") {
            words.formUnion(TextNormalizer.words(try String(contentsOf: data.appendingPathComponent(file), encoding: .utf8)))
        }
        for part in ["noun", "verb", "adj", "adv"] {
            guard let index = try? String(contentsOfFile: WordNet.folder().appendingPathComponent("index.\(part)").path, encoding: .utf8) else { continue }
            for line in index.split(separator: "\n") where !line.hasPrefix(" ") {
                guard let lemma = line.split(separator: " ").first, lemma.allSatisfy({ ("a"..."z").contains($0) }) else { continue }
                let word = String(lemma)
                let stem = word.hasSuffix("e") ? String(word.dropLast()) : word
                let y = word.hasSuffix("y") ? String(word.dropLast()) + "i" : word
                words.formUnion([word, word + "s", word + "es", word + "ed", word + "ing", word + "er", word + "est",
                                 word + "ly", stem + "ing", stem + "ed", y + "es", y + "ed", word + word.suffix(1) + "ing"])
            }
        }
        #expect(words.count > 100_000 || !FileManager.default.fileExists(atPath: WordNet.folder().path))
        let lost = words.filter { recognizer.numbers[TextNormalizer.stem($0)] != nil && !recognizer.heads.mayKnow($0) }
        #expect(lost.isEmpty, "\(lost.sorted().prefix(20))")
    }

    @Test func typosAreCorrectedToTheWordThePlainScanFinds() {
        let recognizer = NodeRecognizer(map: RepositoryCourse.course.map, glossary: RepositoryCourse.course.glossary)
        let words = recognizer.courseWords
        let corrector = TypoCorrector(words: words)
        let byLength = Dictionary(grouping: words.sorted(), by: \.utf8.count)
        // Every course word, and each with a letter dropped, doubled, swapped or changed, and two such slips.
        var probes = Set<String>()
        for word in words {
            let letters = Array(word)
            probes.insert(word)
            for index in letters.indices {
                var dropped = letters; dropped.remove(at: index); probes.insert(String(dropped))
                var doubled = letters; doubled.insert(letters[index], at: index); probes.insert(String(doubled))
                var changed = letters; changed[index] = changed[index] == "e" ? "a" : "e"; probes.insert(String(changed))
                if index + 1 < letters.count {
                    var swapped = letters; swapped.swapAt(index, index + 1); probes.insert(String(swapped))
                    var twice = changed; twice.swapAt(index, index + 1); probes.insert(String(twice))
                }
            }
        }
        for probe in probes.sorted().enumerated().filter({ $0.offset % 3 == 0 }).map(\.element) {
            #expect(corrector.correct(probe) == Self.plainCorrection(probe, in: byLength), "\(probe)")
            let partners = Array(words.filter { $0.first == probe.first }.prefix(4))
            // Where no partner is within reach, the correction is the word itself or no partner: skipping it is safe.
            if !corrector.mayCorrect(probe, toOneOf: partners) {
                let corrected = corrector.correct(probe)
                #expect(corrected == probe || !partners.contains(corrected), "\(probe) may not reach \(partners)")
            }
        }
    }

    /// Every answer of Tests/Data, and a few with separators inside other characters.
    static let answers: [String] = {
        let data = RepositoryCourse.root.appendingPathComponent("Tests/Data")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: data.path)) ?? []
        var answers = [",\u{301}a, b, c, d", "a,\u{301} b, c, d", "\u{600},a, b, c, d", "a, b, c, d", "a; b / c, d e f g",
                       ",,,,", "one, two, three, four", "is, are, was, were", "Article 51, Nicaragua, scale and effects, Corn"]
        for file in files.sorted() where file.hasSuffix(".tsv") {
            let text = (try? String(contentsOf: data.appendingPathComponent(file), encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                if let answer = line.split(separator: "\t").last { answers.append(String(answer)) }
            }
        }
        return answers
    }()

    /// `FreeTextGrader.isList` as it was: split at every separator, then judge the items.
    static func plainIsList(_ answer: String) -> Bool {
        let items = answer.split { ",;/".contains($0) }.map { TextNormalizer.words(String($0)) }.filter { !$0.isEmpty }
        guard items.count >= 4, items.allSatisfy({ $0.count <= 4 }) else { return false }
        return items.joined().allSatisfy { !FreeTextGrader.sentenceVerbs.contains($0) }
    }

    @Test func listsAreTheOnesThePlainSplitFinds() {
        #expect(Self.answers.count > 2_000)
        for answer in Self.answers {
            #expect(FreeTextGrader.isList(answer) == Self.plainIsList(answer), "\(answer)")
        }
    }

    /// `Gradebook.field` as it was, reading every character.
    static func plainField(_ raw: String) -> String {
        let clean = TerminalText.safe(raw)
        let formula = [raw.first, clean.first, clean.first { $0 != " " }].contains { $0.map { "=+-@\t\r".contains($0) } == true }
        let text = formula ? "'" + clean : clean
        return text.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    @Test func csvCellsAreTheOnesThePlainRuleWrites() {
        let odd = ["=1+1", " -2", "@cmd", "\tx", "a,b", "say \"hi\"", "a\r\nb", "x,\u{301}y", "é,è", "\u{1b}[31mred", "", " "]
        for raw in Self.answers + odd {
            #expect(Gradebook.field(raw) == Self.plainField(raw), "\(raw)")
        }
    }

    /// Every scalar of the course's YAML files, keys and values.
    static func scalars(_ node: Node, into found: inout Set<String>) {
        switch node {
        case .scalar(let scalar): found.insert(scalar.string)
        case .mapping(let mapping): for (key, value) in mapping { scalars(key, into: &found); scalars(value, into: &found) }
        case .sequence(let sequence): for item in sequence { scalars(item, into: &found) }
        case .alias: break
        }
    }

    @Test func yamlTagsAreTheOnesTheDefaultRulesGive() throws {
        var texts: Set<String> = ["", "~", "yes", "Yes", "YES", "yes\n", "no\r\n", "yesterday", "no ", "nodes", "null", "Null",
                                  "NULL", "nullable", "on", "off", "Off", "ON ", "true", "True", "TRUE", "false\n", "_x", "x",
                                  "Z9", "ñandu", "1", "-1", "0x1F", "1_000", ".5", ".inf", ".NaN", "<<", "=", "2025-01-01",
                                  "2025-1-1 10:00:00", "1:30", "+.inf", "y", "n", "N", "\u{2028}no"]
        let folder = RepositoryCourse.root.appendingPathComponent("Lessons")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".yaml") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            if let root = try Yams.compose(yaml: text) { Self.scalars(root, into: &texts) }
        }
        #expect(texts.count > 1_000)
        for text in texts {
            #expect(YAMLText.resolver.resolveTag(of: Node(text)) == Resolver.default.resolveTag(of: Node(text)), "\(text)")
        }
    }
}
