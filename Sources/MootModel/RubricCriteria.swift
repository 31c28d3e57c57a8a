/// A rubric's criteria and points: an item alone is a criterion; the items of one `group` are one criterion, met by
/// any one of them and worth the highest of their weights ("state one objection the article answers": Esper's or
/// Sheinbaum's earns the point, both earn it once).
extension Array where Element == RubricItem {
    /// The criteria in the order their first item appears.
    public var criteria: [[RubricItem]] {
        var criteria: [[RubricItem]] = []
        var groupIndex: [String: Int] = [:]
        for item in self {
            if let group = item.group, let index = groupIndex[group] {
                criteria[index].append(item)
            } else {
                if let group = item.group { groupIndex[group] = criteria.count }
                criteria.append([item])
            }
        }
        return criteria
    }

    /// The points available.
    public var totalPoints: Double { criteria.reduce(0) { $0 + ($1.map(\.weight).max() ?? 0) } }

    /// The points the nodes earn: of each criterion, its best item among them.
    public func points(covering nodes: some Collection<String>) -> Double {
        criteria.reduce(0) { sum, criterion in sum + (criterion.filter { nodes.contains($0.node) }.map(\.weight).max() ?? 0) }
    }

    /// The nodes of criteria the covered nodes already meet, other than those nodes: not missing from the answer.
    public func settled(by covered: some Collection<String>) -> Set<String> {
        Set(criteria.filter { $0.contains { covered.contains($0.node) } }.joined().map(\.node).filter { !covered.contains($0) })
    }
}
