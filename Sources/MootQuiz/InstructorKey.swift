import Crypto
import Foundation

/// The instructor's secret for one course: 32 random bytes in a file only the instructor's machine holds.
///
/// Everything a student copy must not let anyone compute comes from it through HMAC-SHA256: the order a pack shows
/// each choice question's options, match question's right side and order question's steps in; the pack's version
/// fingerprint; each student's roster code. It is never written into a pack or a submission. `moot quiz pack` and
/// `moot quiz roster` create it on first use; `moot grade` only reads it. Lost, it cannot be rebuilt: packs made
/// with it can no longer be graded (`grade` refuses their submissions and says why), so it is worth a backup.
public struct InstructorKey: Sendable {
    private let key: SymmetricKey

    public init(bytes: some ContiguousBytes) { key = SymmetricKey(data: bytes) }

    /// A new random key (the system's secure generator).
    public static func generate() -> InstructorKey { InstructorKey(bytes: SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }) }

    public struct Unusable: Error, CustomStringConvertible {
        public let description: String
    }

    /// `<folder>/instructor/<course>.key`, the folder being where moot keeps its data (`--data-dir`, `$MOOT_HOME`,
    /// `$XDG_DATA_HOME/moot`, `~/.local/share/moot`).
    public static func file(dataFolder: URL, course: String) -> URL {
        dataFolder.appendingPathComponent("instructor", isDirectory: true)
            .appendingPathComponent(Submission.fileComponent(course) + ".key")
    }

    /// Reads the key file; nil when there is none. A file that is not a key is refused, never replaced.
    public static func load(from file: URL) throws -> InstructorKey? {
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        guard let data = FileManager.default.contents(atPath: file.path),
              let text = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines),
              text.count == 64, let bytes = Self.bytes(hex: text) else {
            throw Unusable(description: "\(file.path) is not a moot instructor key (64 hex digits); it was left as it is")
        }
        return InstructorKey(bytes: bytes)
    }

    /// Reads the key file, or creates it (readable by its owner only) when there is none.
    public static func loadOrCreate(at file: URL) throws -> (key: InstructorKey, created: Bool) {
        if let key = try load(from: file) { return (key, false) }
        let key = generate()
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let hex = key.key.withUnsafeBytes { $0.map { String(format: "%02x", $0) }.joined() }
        guard FileManager.default.createFile(atPath: file.path, contents: Data((hex + "\n").utf8),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw Unusable(description: "could not create the instructor key \(file.path)")
        }
        return (key, true)
    }

    private static func bytes(hex: String) -> Data? {
        var data = Data()
        var iterator = hex.makeIterator()
        while let high = iterator.next(), let low = iterator.next() {
            guard let byte = UInt8(String([high, low]), radix: 16) else { return nil }
            data.append(byte)
        }
        return data
    }

    /// HMAC-SHA256 of the parts, each length-prefixed so no two lists of parts give the same message.
    public func mac(_ parts: [String]) -> Data {
        var message = Data()
        for part in parts {
            let bytes = Data(part.utf8)
            withUnsafeBytes(of: UInt32(bytes.count).bigEndian) { message.append(contentsOf: $0) }
            message.append(bytes)
        }
        return Data(HMAC<SHA256>.authenticationCode(for: message, using: key))
    }

    /// A uniformly random permutation of `0..<count` that only this key gives for these parts.
    public func permutation(count: Int, _ parts: [String]) -> [Int] {
        var stream = KeyedStream(key: self, parts: parts)
        return Array(0..<count).shuffled(using: &stream)
    }

    /// Random numbers drawn from HMAC(key, parts, block number): unpredictable without the key.
    private struct KeyedStream: RandomNumberGenerator {
        let key: InstructorKey
        let parts: [String]
        var block = 0
        var buffer: [UInt64] = []

        mutating func next() -> UInt64 {
            if buffer.isEmpty {
                let bytes = key.mac(parts + ["block \(block)"])
                block += 1
                buffer = stride(from: 0, to: 32, by: 8).map { offset in
                    bytes[bytes.startIndex + offset ..< bytes.startIndex + offset + 8].reduce(0) { $0 << 8 | UInt64($1) }
                }
            }
            return buffer.removeLast()
        }
    }
}
