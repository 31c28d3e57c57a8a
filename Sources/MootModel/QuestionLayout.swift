import MootSupport

/// How a question's items are shown, so the letters a learner types mean the same in the REPL, in
/// `moot questions` and in `moot answer`. Shuffles are seeded by the question id and never the key's own order.
public enum QuestionLayout {
    public static func letter(_ index: Int) -> String {
        String(Character(Unicode.Scalar(UInt8(97 + index % 26))))
    }

    /// The index of a letter ("c" → 2).
    public static func index(ofLetter text: Substring) -> Int? {
        guard text.count == 1, let scalar = text.unicodeScalars.first, ("a"..."z").contains(scalar) else { return nil }
        return Int(scalar.value) - 97
    }

    /// `order` items as shown: the key's nodes, shuffled.
    public static func orderItems(_ steps: [String], id: String) -> [String] { shuffled(steps, seed: id) }

    /// `match` right-hand items as shown, shuffled.
    public static func matchRight(_ pairs: [MatchPair], id: String) -> [String] {
        shuffled(pairs.map(\.right), seed: id + "/right")
    }

    /// `items` in a given shown order (indices into `items`), or nil when `order` is not a permutation of them.
    /// A quiz pack's match and order layouts come from the instructor's secret this way, not from the question id.
    public static func arranged<T>(_ items: [T], order: [Int]?) -> [T]? {
        guard let order, order.count == items.count, Set(order) == Set(items.indices) else { return nil }
        return order.map { items[$0] }
    }

    /// A deterministic shuffle that never returns the original order (for two or more items).
    public static func shuffled<T>(_ items: [T], seed: String) -> [T] {
        var generator = SeededGenerator(seed: seed)
        let indices = Array(items.indices).shuffled(using: &generator)
        let order = indices == Array(items.indices) && items.count > 1 ? Array(indices.dropFirst()) + [indices[0]] : indices
        return order.map { items[$0] }
    }
}
