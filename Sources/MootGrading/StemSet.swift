/// A set of stem numbers kept as bits, so the matcher tests membership without hashing.
struct StemSet: Sendable, Equatable {
    private var words: [UInt64] = []

    init() {}

    init(_ stems: some Sequence<Int>) {
        for stem in stems { insert(stem) }
    }

    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    func contains(_ stem: Int) -> Bool {
        let word = stem >> 6
        return stem >= 0 && word < words.count && words[word] & (1 << UInt64(stem & 63)) != 0
    }

    /// Adds `stem`; returns true if it was not there yet.
    @discardableResult
    mutating func insert(_ stem: Int) -> Bool {
        precondition(stem >= 0, "stem numbers are never negative")
        let word = stem >> 6
        if word >= words.count { words.append(contentsOf: repeatElement(0, count: word - words.count + 1)) }
        let bit: UInt64 = 1 << UInt64(stem & 63)
        defer { words[word] |= bit }
        return words[word] & bit == 0
    }
}
