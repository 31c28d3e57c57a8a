import MootModel

extension Validator {
    /// `when` dates what a node reports and starts with a year; nothing dated after the article's publication may
    /// pass as something the article relied on: it must carry `after:` (whose own date `checkNodes` holds).
    func checkDates() {
        let published = course.citation.published
        for node in course.map.nodes {
            if let when = node.when {
                let year = when.prefix(4)
                if year.count < 4 || !year.allSatisfy(\.isNumber) {
                    sink.error(node.location, "node '\(node.id)' has 'when: \(when)', which does not start with a year (e.g. 1916, 2018–2021, 2025-02-20)")
                } else if !published.isEmpty && String(when.prefix(10)) > published {
                    sink.error(node.location, "node '\(node.id)' is dated \(when), after the article (\(published)): mark it 'after:' as a later event")
                }
            }
        }
    }
}
