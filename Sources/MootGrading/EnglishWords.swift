import MootSupport

/// The English word forms of a dictionary (WordNet's lemmas and their inflections), kept as sorted 64-bit hashes:
/// loading is a copy of bytes, a lookup is a binary search, and a false match needs a 64-bit collision.
public struct EnglishWords: Sendable, Equatable {
    private var hashes: [UInt64]

    public init(_ words: some Sequence<String>) { self.init(hashes: words.map(FNV1a.hash)) }

    init(hashes: [UInt64]) {
        let sorted = hashes.sorted()
        self.hashes = sorted.enumerated().filter { $0.offset == 0 || sorted[$0.offset - 1] != $0.element }.map(\.element)
    }

    /// From the bytes `bytes` gives; nil when they are not a sorted list of hashes.
    init?(bytes: [UInt8]) {
        guard bytes.count % 8 == 0 else { return nil }
        var hashes = [UInt64](repeating: 0, count: bytes.count / 8)
        hashes.withUnsafeMutableBytes { $0.copyBytes(from: bytes) }
        guard zip(hashes, hashes.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
        self.hashes = hashes
    }

    var bytes: [UInt8] { hashes.withUnsafeBytes { Array($0) } }
    public var count: Int { hashes.count }
    public static let none = EnglishWords([String]())

    public func contains(_ word: String) -> Bool {
        let hash = FNV1a.hash(word)
        var low = 0, high = hashes.count
        while low < high {
            let middle = (low + high) / 2
            if hashes[middle] < hash { low = middle + 1 } else { high = middle }
        }
        return low < hashes.count && hashes[low] == hash
    }
}
