import CStemmer
import Foundation

/// Snowball's English stemmer (Porter2), from libstemmer (Debian `libstemmer-dev`).
///
/// One stemmer per process, behind a lock: libstemmer's stemmers keep state between calls and are not
/// thread-safe, and a word takes well under a microsecond, so sharing costs nothing measurable.
final class Snowball: @unchecked Sendable {
    static let english = Snowball(language: "english")

    private let stemmer: OpaquePointer?
    private let lock = NSLock()

    private init(language: String) {
        stemmer = sb_stemmer_new(language, "UTF_8")
    }

    deinit { sb_stemmer_delete(stemmer) }

    /// The stem of a lower-case word, or the word itself if libstemmer could not be started.
    func stem(_ word: String) -> String {
        guard let stemmer else { return word }
        var text = word
        return text.withUTF8 { bytes in
            lock.withLock {
                guard let result = sb_stemmer_stem(stemmer, bytes.baseAddress, Int32(bytes.count)) else { return word }
                return String(decoding: UnsafeBufferPointer(start: result, count: Int(sb_stemmer_length(stemmer))), as: UTF8.self)
            }
        }
    }
}
