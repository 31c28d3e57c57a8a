/// Edit distance counting a swap of two neighbours as one edit (optimal string alignment), with an early exit
/// once every path exceeds `limit`. Inlinable: the grader calls it from another module on its hot path.
public enum EditDistance {
    @inlinable
    public static func between(_ a: String, _ b: String, limit: Int = .max) -> Int {
        between(Array(a.unicodeScalars.map(\.value)), Array(b.unicodeScalars.map(\.value)), limit: limit)
    }

    /// On raw elements (UTF-8 bytes on the grading path), without allocating on the heap.
    @inlinable
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
