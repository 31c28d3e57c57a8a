/// A cheap test that no stem the map knows can be a word's, so that reading the word needs no stemming: most words
/// of a long answer are plain English the map does not use, and Snowball is the dearest step of reading them.
///
/// Snowball (Porter2) only rewrites a word's end: it strips suffixes, turns a final "y" into "i" and may add a
/// final "e" ("hoping" → "hope"), so a stem begins as its word does. A word can have a known stem only if its
/// first four letters begin some known stem (or its "y" form), or a known stem of three letters or fewer (or that
/// stem without its final "e") begins the word. Words the spelling tables rewrite, and Porter2's four exceptions
/// that change an early letter, always take the full path.
struct StemHeads: Sendable {
    /// The first four bytes of every known stem of four or more letters, as one integer.
    private var heads: Set<UInt32> = []
    /// Every known stem of one to three letters, and every prefix that a final "e" was added to.
    private var short: Set<UInt32> = []

    init(stems: some Sequence<String>, rewritten: some Sequence<String>) {
        for stem in stems { add(stem) }
        for word in rewritten { add(word) }
        for word in ["dying", "lying", "tying", "skies"] { add(word) }
    }

    private mutating func add(_ stem: String) {
        let bytes = Array(stem.utf8)
        guard !bytes.isEmpty else { return }
        var variants = [bytes]
        if bytes.last == UInt8(ascii: "i") { variants.append(bytes.dropLast() + [UInt8(ascii: "y")]) }
        if bytes.last == UInt8(ascii: "e"), bytes.count <= 4 { variants.append(Array(bytes.dropLast())) }
        for variant in variants where !variant.isEmpty {
            if variant.count >= 4 { heads.insert(Self.pack(variant[0..<4])) } else { short.insert(Self.pack(variant[...])) }
        }
    }

    /// False only when no stem the map knows can be this folded word's; true for anything not plain ASCII letters.
    func mayKnow(_ word: String) -> Bool {
        var head: UInt32 = 0
        var count = 0
        for byte in word.utf8 {
            guard (0x61...0x7A).contains(byte) else { return true }
            if count < 4 { head |= UInt32(byte) << (24 - 8 * count) }
            count += 1
            if count <= 3 && short.contains(head) { return true }
        }
        return count >= 4 && heads.contains(head)
    }

    private static func pack(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.prefix(4).enumerated().reduce(0) { $0 | UInt32($1.element) << (24 - 8 * $1.offset) }
    }
}
