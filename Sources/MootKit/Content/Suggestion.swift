/// The nearest candidate to a misspelt word, for "did you mean …?" messages.
public enum Suggestion {
    /// Returns the candidate closest to `word`, if it is close enough to be a plausible typo.
    public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        let word = word.lowercased()
        var best: (String, Int)?
        for candidate in candidates {
            let distance = EditDistance.between(word, candidate.lowercased())
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let allowed = max(2, min(word.count, candidate.count) / 3)
        if distance <= allowed || candidate.lowercased().hasPrefix(word) && !word.isEmpty { return candidate }
        return nil
    }

    /// " (did you mean 'x'?)" or an empty string.
    public static func hint(for word: String, in candidates: some Sequence<String>) -> String {
        nearest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }
}

/// Edit distance counting a swap of two neighbours as one edit (optimal string alignment), with an early exit
/// once every path exceeds `limit`.
public enum EditDistance {
    public static func between(_ a: String, _ b: String, limit: Int = .max) -> Int {
        between(Array(a.unicodeScalars.map(\.value)), Array(b.unicodeScalars.map(\.value)), limit: limit)
    }

    /// On raw elements (UTF-8 bytes on the grading path), without allocating on the heap.
    public static func between<T: Equatable>(_ a: [T], _ b: [T], limit: Int = .max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if abs(a.count - b.count) > limit { return limit == .max ? limit : limit + 1 }
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { buffer in
            var beforePrevious = 0, previous = width, current = 2 * width
            for j in 0..<width { buffer[previous + j] = j }
            for i in 1...a.count {
                buffer[current] = i
                var rowMin = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = Swift.min(buffer[previous + j] + 1, buffer[current + j - 1] + 1, buffer[previous + j - 1] + cost)
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        value = Swift.min(value, buffer[beforePrevious + j - 2] + 1)
                    }
                    buffer[current + j] = value
                    rowMin = Swift.min(rowMin, value)
                }
                if rowMin > limit { return limit + 1 }
                (beforePrevious, previous, current) = (previous, current, beforePrevious)
            }
            return buffer[previous + b.count]
        }
    }
}
