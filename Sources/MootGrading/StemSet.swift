/// A set of stem numbers kept as bits, so the matcher tests membership without hashing.
struct StemSet: Sendable, Equatable {
    private var words: [UInt64] = []

    init() {}

    init(_ stems: some Sequence<Int>) {
        for stem in stems { insert(stem) }
    }

    /// A word's first byte and length (up to 31) as one number: a set of these filters words before a lookup.
    static func shape(of word: String) -> Int { Int(word.utf8.first ?? 0) << 5 | min(word.utf8.count, 31) }

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

    /// The set folded onto 256 bits (stem modulo 256): a signature whose bits a superset's signature must cover.
    var signature: StemSignature {
        var folded = StemSignature()
        for (index, word) in words.enumerated() { folded.lanes[index & 3] |= word }
        return folded
    }
}

/// 256 bits that say which stems a set may hold: a pattern whose required stems' bits are not all in a clause's
/// signature cannot match it, found without reading the pattern itself.
struct StemSignature: Sendable, Equatable {
    var lanes = SIMD4<UInt64>(repeating: 0)

    static func | (left: Self, right: Self) -> Self { Self(lanes: left.lanes | right.lanes) }

    /// Whether every bit of `required` is set here.
    func covers(_ required: Self) -> Bool { required.lanes & ~lanes == .zero }

    /// Whether some bit of `anyOf` is set here.
    func meets(_ anyOf: Self) -> Bool { anyOf.lanes & lanes != .zero }
}
