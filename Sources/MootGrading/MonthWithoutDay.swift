import MootModel

/// A date given to the month where the key gives the day ("February 2025" for 20 February 2025): on the way,
/// worth half — unlike another day of that month, which is another date.
extension FreeTextGrader {
    /// The expected node whose dated wording the answer meets by month alone: the key's month named, no day of
    /// any month given, no other month, and no year the wording does not give.
    func monthWithoutDay(_ analysis: Analysis, expected: [String]) -> String? {
        let months = Set(analysis.words.compactMap(DayOfMonth.month))
        guard months.count == 1, let month = months.first, DayOfMonth.all(in: analysis.words).isEmpty else { return nil }
        return expected.first { id in
            guard let node = map[id] else { return false }
            let wordings = readings.wordingDays(of: node)
            let years = analysis.words.filter { $0.count == 4 && $0.allSatisfy(\.isNumber) }
            return wordings.days.contains { $0.month == month } && years.allSatisfy(wordings.words.contains)
        }
    }
}
