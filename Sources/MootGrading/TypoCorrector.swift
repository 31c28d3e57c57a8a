import MootSupport

/// Replaces a word the map does not know by the nearest word of the map's wordings (or a negating word, so
/// "incorect" still negates), within an edit distance scaled to its length.
struct TypoCorrector: Sendable {
    /// Words of one length, kept column by column so the scan for a typo's nearest word touches only what it tests.
    private struct Vocabulary: Sendable {
        var words: [String] = []
        var bytes: [[UInt8]] = []
        /// The set of letters each word uses (see `letters(_:)`).
        var letters: [UInt32] = []
    }

    /// The known words, by length in UTF-8 bytes.
    private var vocabulary: [Vocabulary]

    init(words: Set<String>) {
        vocabulary = Array(repeating: Vocabulary(), count: (words.map(\.utf8.count).max() ?? 0) + 1)
        for word in words.sorted() {
            let length = word.utf8.count
            vocabulary[length].words.append(word)
            vocabulary[length].bytes.append(Array(word.utf8))
            vocabulary[length].letters.append(Self.letters(word.utf8))
        }
    }

    /// The set of letters a–z in a word, as bits.
    static func letters(_ bytes: some Sequence<UInt8>) -> UInt32 {
        bytes.reduce(0) { mask, byte in (97...122).contains(byte) ? mask | 1 << UInt32(byte - 97) : mask }
    }

    /// The largest edit distance forgiven for a word of this length.
    static func allowedEdits(_ length: Int) -> Int { length >= 6 ? 2 : length >= 4 ? 1 : 0 }

    /// The nearest known word within an edit distance scaled to the word's length, or the word itself.
    func correct(_ word: String) -> String { nearest(word)?.word ?? word }

    /// The nearest known word within `limit` edits (by default the distance scaled to the word's length), with its
    /// distance; nil when none is that near.
    func nearest(_ word: String, within limit: Int? = nil) -> (word: String, distance: Int)? {
        let bytes = Array(word.utf8)
        let allowed = min(limit ?? Int.max, Self.allowedEdits(bytes.count))
        guard allowed >= 0, bytes.count > 0, Self.allowedEdits(bytes.count) > 0 else { return nil }
        var best: (String, Int)?
        let letters = Self.letters(bytes)
        // Only a word nearer than the best so far can replace it: the search narrows as it goes.
        var limit = allowed
        for length in (bytes.count - allowed)...(bytes.count + allowed) where vocabulary.indices.contains(length) {
            let words = vocabulary[length]
            // Each edit removes at most one letter from the set of letters one word has and the other lacks, so a
            // word within k edits lacks at most k of the typo's letters and adds at most k: a cheap test that skips
            // most words.
            for index in words.letters.indices where (words.letters[index] & ~letters).nonzeroBitCount <= limit
                && (letters & ~words.letters[index]).nonzeroBitCount <= limit {
                let candidate = words.bytes[index]
                guard candidate.first == bytes.first || bytes.count >= 5 else { continue }
                let distance = EditDistance.between(bytes, candidate, limit: limit)
                if distance <= limit {
                    best = (words.words[index], distance)
                    if distance == 0 { return (word, 0) }
                    limit = distance - 1
                    if limit < 0 { return best.map { ($0.0, $0.1) } }
                }
            }
        }
        return best.map { ($0.0, $0.1) }
    }

    /// Whether `correct(word)` could give one of `candidates`: one of them is within the edits it forgives, and
    /// within `limit` (by length and letters first, as in `correct`).
    func mayCorrect(_ word: String, toOneOf candidates: [String], within limit: Int = .max) -> Bool {
        let allowed = min(limit, Self.allowedEdits(word.utf8.count))
        guard allowed > 0 else { return false }
        let bytes = Array(word.utf8), letters = Self.letters(bytes)
        return candidates.contains { candidate in
            guard abs(candidate.utf8.count - bytes.count) <= allowed else { return false }
            let other = Self.letters(candidate.utf8)
            guard (other & ~letters).nonzeroBitCount <= allowed, (letters & ~other).nonzeroBitCount <= allowed else { return false }
            return EditDistance.between(bytes, Array(candidate.utf8), limit: allowed) <= allowed
        }
    }
}
