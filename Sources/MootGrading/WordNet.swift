import Foundation
import MootSupport

/// Princeton WordNet 3.0, read from its database files (Debian `wordnet-base`: /usr/share/wordnet): the English
/// word list that guards typo correction, and each word's most frequent sense for synonyms.
///
/// Read only when the grading lexicon is built (once per content change, then cached), and read as WordNet's own
/// library does: a word is found by binary search in the sorted index file, a synset by its byte offset in the
/// data file, so nothing is parsed that is not asked for.
struct WordNet {
    /// The parts of speech, as WordNet names its files.
    static let partsOfSpeech = ["noun", "verb", "adj", "adv"]

    /// Where the database is: `$MOOT_WORDNET`, else Debian's folder.
    static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        URL(fileURLWithPath: environment["MOOT_WORDNET"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/share/wordnet")
    }

    /// A file that is missing or not WordNet, named for the message.
    struct Unreadable: Error, CustomStringConvertible {
        var file: String
        var reason: String
        var description: String { "\(file): \(reason)" }
    }

    fileprivate struct Part {
        var index: [UInt8]
        /// Where each entry line of the index starts (the license lines, which begin with a space, left out).
        var lines: [Int]
        var data: [UInt8]
    }

    fileprivate var parts: [String: Part] = [:]
    /// Irregular inflections (`noun.exc`, …): "went" → "go".
    private(set) var exceptions: [String: String] = [:]
    /// Irregular verb forms alone (`verb.exc`): "lost" → "lose".
    private(set) var verbForms: [String: String] = [:]

    init(folder: URL) throws {
        for pos in Self.partsOfSpeech {
            let indexFile = folder.appendingPathComponent("index.\(pos)"), dataFile = folder.appendingPathComponent("data.\(pos)")
            guard let index = FileManager.default.contents(atPath: indexFile.path) else {
                throw Unreadable(file: indexFile.path, reason: "missing or unreadable (install Debian's wordnet-base)")
            }
            guard let data = FileManager.default.contents(atPath: dataFile.path) else {
                throw Unreadable(file: dataFile.path, reason: "missing or unreadable (install Debian's wordnet-base)")
            }
            let bytes = Array(index)
            var lines: [Int] = []
            var start = 0
            for (offset, byte) in bytes.enumerated() where byte == 10 {
                if offset > start && bytes[start] != 32 { lines.append(start) }
                start = offset + 1
            }
            if start < bytes.count && bytes[start] != 32 { lines.append(start) }
            var part = Part(index: bytes, lines: lines, data: Array(data))
            // One malformed entry means this is not WordNet's index: say so rather than read nonsense.
            if let first = lines.first, part.entry(at: first) == nil {
                throw Unreadable(file: indexFile.path, reason: "not a WordNet index line: \(String(decoding: part.line(at: first).prefix(60), as: UTF8.self))")
            }
            part.lines = lines
            parts[pos] = part
            let exc = folder.appendingPathComponent("\(pos).exc")
            for line in ((try? String(contentsOf: exc, encoding: .utf8)) ?? "").split(separator: "\n") {
                let fields = line.split(separator: " ")
                guard fields.count >= 2 else { continue }
                exceptions[String(fields[0])] = String(fields[1])
                if pos == "verb" { verbForms[String(fields[0])] = String(fields[1]) }
            }
        }
    }

    /// The synset offsets of a word in one part of speech, most frequent sense first, and whether that first
    /// sense is attested in WordNet's sense-tagged texts; nil when WordNet does not have the word there.
    func senses(of word: String, pos: String) -> (offsets: [Int], attested: Bool)? {
        guard let part = parts[pos] else { return nil }
        let key = Array(word.utf8)
        var low = 0, high = part.lines.count
        while low < high {
            let middle = (low + high) / 2
            if part.lemma(at: part.lines[middle]).lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
        }
        guard low < part.lines.count, part.lemma(at: part.lines[low]).elementsEqual(key) else { return nil }
        return part.entry(at: part.lines[low])
    }

    /// The hashes (`FNV1a`) of every English word form WordNet knows or regularly inflects: single-word lemmas,
    /// their regular plurals, verb and comparative forms, and the irregular forms of the exception lists.
    var wordFormHashes: [UInt64] {
        var hashes = exceptions.keys.filter { $0.allSatisfy(\.isLetter) }.map(FNV1a.hash)
        for (pos, part) in parts {
            for start in part.lines {
                let lemma = part.lemma(at: start)
                guard lemma.allSatisfy({ (97...122).contains($0) }) else { continue }
                Self.inflect(lemma, pos: pos) { hashes.append($0) }
            }
        }
        return hashes
    }

    /// Calls `emit` with the hash of a lemma and of each of its regular inflections (WordNet's "morphy" rules run
    /// backwards). FNV-1a runs over bytes in order, so each form continues the hash of its stem.
    static func inflect(_ lemma: ArraySlice<UInt8>, pos: String, emit: (UInt64) -> Void) {
        func hash(_ bytes: some Sequence<UInt8>, from start: UInt64 = FNV1a.offset) -> UInt64 {
            bytes.reduce(start) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        }
        let whole = hash(lemma), allButLast = hash(lemma.dropLast())
        let last = lemma.last ?? 0, beforeLast = lemma.dropLast().last ?? 0
        let endsInE = last == UInt8(ascii: "e")
        let consonantY = last == UInt8(ascii: "y") && !Array("aeiou".utf8).contains(beforeLast)
        let sibilant = [UInt8(ascii: "s"), UInt8(ascii: "x"), UInt8(ascii: "z")].contains(last)
            || last == UInt8(ascii: "h") && [UInt8(ascii: "c"), UInt8(ascii: "s")].contains(beforeLast)
        let stem = consonantY ? hash("i".utf8, from: allButLast) : whole
        emit(whole)
        func plural() { emit(consonantY ? hash("es".utf8, from: stem) : hash((sibilant ? "es" : "s").utf8, from: whole)) }
        switch pos {
        case "noun":
            plural()
        case "verb" where last == UInt8(ascii: "c"):
            // A verb in -c takes -ck- ("trafficking"): the naive "trafficing" would shield a typo.
            plural(); emit(hash("ked".utf8, from: whole)); emit(hash("king".utf8, from: whole))
        case "verb":
            plural()
            emit(endsInE ? hash("d".utf8, from: whole) : hash("ed".utf8, from: stem))
            emit(hash("ing".utf8, from: endsInE ? allButLast : whole))
        case "adj":
            emit(endsInE ? hash("r".utf8, from: whole) : hash("er".utf8, from: stem))
            emit(endsInE ? hash("st".utf8, from: whole) : hash("est".utf8, from: stem))
        default:
            break
        }
    }

    /// The single-word lemmas of the synset at `offset` of `data.POS`.
    func lemmas(pos: String, offset: Int) -> [String] {
        guard let bytes = parts[pos]?.data, offset >= 0, offset < bytes.count else { return [] }
        let end = bytes[offset...].firstIndex(of: 10) ?? bytes.count
        // offset lex_filenum ss_type w_cnt(hex) word lex_id [word lex_id …] …
        let fields = String(decoding: bytes[offset..<end], as: UTF8.self).split(separator: " ")
        guard fields.count > 4, let count = Int(fields[3], radix: 16) else { return [] }
        return (0..<count).compactMap { index in
            let at = 4 + 2 * index
            guard at < fields.count else { return nil }
            // Adjectives may carry a marker: "long(a)".
            let word = fields[at].split(separator: "(").first.map(String.init)?.lowercased() ?? ""
            return word.allSatisfy(\.isLetter) ? word : nil
        }
    }

    /// Words whose most frequent sense is the same as `word`'s: "permission" for "consent" — not every word of
    /// every sense, which would let "strike" mean "take". Only the word's main part of speech counts (the one with
    /// most senses: "state" is a noun before it is a verb, so "tell" is not a synonym), and only words of five
    /// letters or more (no "prc", "yr", "put").
    func closeSynonyms(of word: String) -> [String] {
        let main = Self.partsOfSpeech.compactMap { pos in senses(of: word, pos: pos).map { (pos, $0) } }
            .max { $0.1.offsets.count < $1.1.offsets.count }
        guard let (pos, own) = main, own.attested, let first = own.offsets.first else { return [] }
        return lemmas(pos: pos, offset: first).filter { lemma in
            lemma != word && lemma.count >= 5 && senses(of: lemma, pos: pos)?.offsets.first == first
        }
    }
}

extension WordNet {
    /// The word's derivationally related forms in WordNet (its `+` pointers) from the most frequent sense of each
    /// part of speech it has: "necessary" for "necessity", "proportional" for "proportionality" — the same idea
    /// in another word class, which Snowball's suffix stripping does not join.
    func derivedForms(of word: String) -> [String] {
        var forms: [String] = []
        for pos in Self.partsOfSpeech {
            guard let first = senses(of: word, pos: pos)?.offsets.first, let fields = synsetFields(pos: pos, offset: first),
                  fields.count > 4, let count = Int(fields[3], radix: 16) else { continue }
            let own = (0..<count).firstIndex { fields[4 + 2 * $0].lowercased() == word }.map { $0 + 1 }
            guard let own, fields.count > 4 + 2 * count, let pointers = Int(fields[4 + 2 * count]) else { continue }
            // pointer_symbol synset_offset pos source/target (two hex digits each; 0000 would be the whole synset)
            for index in 0..<pointers {
                let at = 5 + 2 * count + 4 * index
                guard at + 3 < fields.count, fields[at] == "+", let offset = Int(fields[at + 1]),
                      let source = Int(fields[at + 3].prefix(2), radix: 16), source == own,
                      let target = Int(fields[at + 3].suffix(2), radix: 16), target > 0 else { continue }
                let part = ["n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"][String(fields[at + 2])] ?? ""
                guard let other = synsetFields(pos: part, offset: offset), other.count > 4 + 2 * (target - 1) else { continue }
                let form = other[4 + 2 * (target - 1)].split(separator: "(").first.map(String.init)?.lowercased() ?? ""
                if form.count >= 4, form.allSatisfy(\.isLetter), form != word, !forms.contains(form) { forms.append(form) }
            }
        }
        return forms
    }

    /// The space-separated fields of the synset line at `offset` of `data.POS`.
    func synsetFields(pos: String, offset: Int) -> [Substring]? {
        guard let bytes = parts[pos]?.data, offset >= 0, offset < bytes.count else { return nil }
        let end = bytes[offset...].firstIndex(of: 10) ?? bytes.count
        let line = String(decoding: bytes[offset..<end], as: UTF8.self)
        return line.split(separator: "|", maxSplits: 1).first?.split(separator: " ")
    }
}

extension WordNet.Part {
    func line(at start: Int) -> ArraySlice<UInt8> {
        index[start..<(index[start...].firstIndex(of: 10) ?? index.count)]
    }

    func lemma(at start: Int) -> ArraySlice<UInt8> {
        index[start..<(index[start...].firstIndex(where: { $0 == 32 || $0 == 10 }) ?? index.count)]
    }

    /// lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…
    func entry(at start: Int) -> (offsets: [Int], attested: Bool)? {
        let fields = line(at: start).split(separator: 32)
        func number(_ field: ArraySlice<UInt8>) -> Int? { Int(String(decoding: field, as: UTF8.self)) }
        guard fields.count >= 6, let synsets = number(fields[2]), let pointers = number(fields[3]),
              fields.count >= 6 + pointers + synsets, let tagged = number(fields[5 + pointers]) else { return nil }
        return (fields[(6 + pointers)...].prefix(synsets).compactMap(number), tagged > 0)
    }
}

extension WordNet {
    /// The direct antonyms (`!` pointers) of the most frequent sense of a word that is mainly an adjective or
    /// adverb: "expensive" for "cheap", "eastern" for "western" — not of nouns and verbs, whose opposites ("accept",
    /// "refuse") are the two sides of a debate rather than a reversed claim.
    func antonyms(of word: String) -> [String] {
        var found: [String] = []
        let main = Self.partsOfSpeech.compactMap { pos in senses(of: word, pos: pos).map { (pos, $0.offsets.count) } }
            .max { $0.1 < $1.1 }?.0
        guard let main, main == "adj" || main == "adv" else { return [] }
        for pos in [main] {
            for offset in (senses(of: word, pos: pos)?.offsets ?? []).prefix(1) {
                guard let fields = synsetFields(pos: pos, offset: offset), fields.count > 4,
                      let count = Int(fields[3], radix: 16), fields.count > 4 + 2 * count,
                      let own = (0..<count).firstIndex(where: {
                          fields[4 + 2 * $0].split(separator: "(").first?.lowercased() == word }).map({ $0 + 1 }),
                      let pointers = Int(fields[4 + 2 * count]) else { continue }
                for index in 0..<pointers {
                    let at = 5 + 2 * count + 4 * index
                    guard at + 3 < fields.count, fields[at] == "!", let target = Int(fields[at + 1]),
                          Int(fields[at + 3].prefix(2), radix: 16) == own,
                          let slot = Int(fields[at + 3].suffix(2), radix: 16), slot > 0 else { continue }
                    let part = ["n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"][String(fields[at + 2])] ?? ""
                    guard let other = synsetFields(pos: part, offset: target), other.count > 4 + 2 * (slot - 1) else { continue }
                    let antonym = other[4 + 2 * (slot - 1)].split(separator: "(").first.map(String.init)?.lowercased() ?? ""
                    if antonym.allSatisfy(\.isLetter), !antonym.isEmpty, !found.contains(antonym) { found.append(antonym) }
                }
            }
        }
        return found
    }
}
