import MootSupport

/// The English word forms of a dictionary (WordNet's lemmas and their inflections), kept as sorted 64-bit hashes:
/// loading is a copy of bytes, a lookup reads the few hashes that share its top 16 bits, and a false match needs a
/// 64-bit collision.
public struct EnglishWords: Sendable, Equatable {
    private var hashes: [UInt64]
    /// Per value of a hash's top 16 bits, where its hashes start (and, one entry on, end): a lookup reads two or
    /// three cache lines where a binary search of the dictionary's 188 000 hashes reads a dozen out of cache.
    private var starts: [UInt32]

    public init(_ words: some Sequence<String>) { self.init(hashes: words.map(FNV1a.hash)) }

    init(hashes: [UInt64]) {
        let sorted = hashes.sorted()
        self.hashes = sorted.enumerated().filter { $0.offset == 0 || sorted[$0.offset - 1] != $0.element }.map(\.element)
        starts = Self.starts(of: self.hashes)
    }

    /// From the bytes `bytes` gives; nil when they are not a sorted list of hashes.
    init?(bytes: [UInt8]) {
        guard bytes.count % 8 == 0 else { return nil }
        var hashes = [UInt64](repeating: 0, count: bytes.count / 8)
        hashes.withUnsafeMutableBytes { $0.copyBytes(from: bytes) }
        guard zip(hashes, hashes.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
        self.hashes = hashes
        starts = Self.starts(of: hashes)
    }

    private static func starts(of hashes: [UInt64]) -> [UInt32] {
        var starts = [UInt32](repeating: 0, count: (1 << 16) + 1)
        for hash in hashes { starts[Int(hash >> 48) + 1] += 1 }
        for bucket in 1..<starts.count { starts[bucket] += starts[bucket - 1] }
        return starts
    }

    var bytes: [UInt8] { hashes.withUnsafeBytes { Array($0) } }
    public var count: Int { hashes.count }
    public static let none = EnglishWords([String]())

    public func contains(_ word: String) -> Bool {
        let hash = FNV1a.hash(word), bucket = Int(hash >> 48)
        return hashes[Int(starts[bucket])..<Int(starts[bucket + 1])].contains(hash)
    }
}
