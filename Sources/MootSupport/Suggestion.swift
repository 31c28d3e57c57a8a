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
