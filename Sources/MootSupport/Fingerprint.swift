import Foundation

/// FNV-1a, the one hash moot uses: seeds for shuffles and fuzz, cache file names, quiz digests. It tells inputs
/// apart reproducibly on every machine; it is not a signature.
public enum FNV1a {
    public static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// The 64-bit hash of a string's UTF-8 bytes.
    public static func hash(_ text: String) -> UInt64 {
        var hash = offset
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }
}

/// A 128-bit fingerprint of files' bytes (two FNV-1a passes): it tells versions apart; it is not a signature.
public struct Digest: Sendable {
    private var first: UInt64 = FNV1a.offset, second: UInt64 = 0x6c62_272e_07bb_0142

    public init() {}

    /// Adds a file's bytes (nothing if it cannot be read), then its name.
    public mutating func add(_ file: URL) {
        let data = FileManager.default.contents(atPath: file.path) ?? Data()
        data.withUnsafeBytes { add($0) }
        Array(file.lastPathComponent.utf8).withUnsafeBytes { add($0) }
    }

    private mutating func add(_ bytes: UnsafeRawBufferPointer) {
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* FNV1a.prime
            second = (second ^ UInt64(byte)) &* 0x100_0000_0001_b3
        }
    }

    public var hex: String { String(first, radix: 16) + String(second, radix: 16) }
}
