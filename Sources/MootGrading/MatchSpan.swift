/// Where in the answer a wording's words lie.
extension NodeRecognizer {
    /// The narrowest window holding one occurrence of each needed word, preferring one that stays in a clause:
    /// each occurrence of each word anchors a window, the others take their nearest occurrence.
    static func tightestSpan(_ occurrences: [[Int]], boundaries: [Int]) -> (ClosedRange<Int>, crossed: Int)? {
        var best: (span: ClosedRange<Int>, cost: Int, crossed: Int)?
        for anchor in occurrences.joined() {
            var low = anchor, high = anchor
            for positions in occurrences {
                guard let nearest = positions.min(by: { abs($0 - anchor) < abs($1 - anchor) }) else { return nil }
                low = min(low, nearest)
                high = max(high, nearest)
            }
            let crossed = boundaries.count { $0 > low && $0 < high }
            let cost = high - low + 1_000 * crossed
            if best == nil || cost < best!.cost { best = (low...high, cost, crossed) }
        }
        return best.map { ($0.span, $0.crossed) }
    }
}
