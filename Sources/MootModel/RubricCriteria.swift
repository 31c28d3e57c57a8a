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

    /// Whether any item shares a group: most rubrics have none, and their sums need no criteria built.
    private var isGrouped: Bool { contains { $0.group != nil } }

    /// The points available.
    public var totalPoints: Double {
        isGrouped ? criteria.reduce(0) { $0 + ($1.map(\.weight).max() ?? 0) } : reduce(0) { $0 + $1.weight }
    }

    /// The points the nodes earn: of each criterion, its best item among them.
    public func points(covering nodes: some Collection<String>) -> Double {
        guard isGrouped else { return filter { nodes.contains($0.node) }.reduce(0) { $0 + $1.weight } }
        return criteria.reduce(0) { sum, criterion in sum + (criterion.filter { nodes.contains($0.node) }.map(\.weight).max() ?? 0) }
    }

    /// The nodes of criteria the covered nodes already meet in full, other than those nodes: not missing from the
    /// answer. A criterion met only by a lighter item (a short question's half node) still misses its heaviest.
    public func settled(by covered: some Collection<String>) -> Set<String> {
        guard isGrouped else { return [] }
        let met = criteria.filter { criterion in
            let top = criterion.map(\.weight).max() ?? 0
            return criterion.contains { covered.contains($0.node) && $0.weight >= top }
        }
        return Set(met.joined().map(\.node).filter { !covered.contains($0) })
    }
}
