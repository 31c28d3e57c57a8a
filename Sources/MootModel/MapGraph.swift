/// The map's edges as numbered neighbour lists, so that a shortest path is found on integers rather than by
/// hashing node ids at every step (the grader asks for one with most verdicts).
struct MapGraph: Sendable {
    /// Node id → vertex number: every node, then any id an edge names that is not a node.
    private let vertex: [String: Int]
    /// Per vertex, its neighbours and the edge to each: edges leaving it, then edges arriving, each in map order.
    private let neighbours: [[(vertex: Int, edge: Int)]]

    /// `index` numbers the nodes (first position of each id).
    init(index: [String: Int], count: Int, edges: [Edge]) {
        var vertex = index
        func number(_ id: String) -> Int {
            if let known = vertex[id] { return known }
            vertex[id] = count + vertex.count - index.count
            return vertex[id]!
        }
        let ends = edges.map { (number($0.from), number($0.to)) }
        var outgoing = Array(repeating: [(vertex: Int, edge: Int)](), count: count + vertex.count - index.count)
        var incoming = outgoing
        for (position, (from, to)) in ends.enumerated() {
            outgoing[from].append((to, position))
            incoming[to].append((from, position))
        }
        self.vertex = vertex
        neighbours = zip(outgoing, incoming).map { $0 + $1 }
    }

    /// The shortest chain of edges (either direction) from `start` to `goal`, breadth first; of equally short
    /// chains, the first found by taking each vertex's edges leaving before those arriving, in map order.
    func path(from start: String, to goal: String, maxLength: Int, edges: [Edge]) -> [Edge]? {
        if start == goal { return [] }
        guard let first = vertex[start], let target = vertex[goal] else { return nil }
        var previous = Array(repeating: (vertex: -1, edge: -1), count: neighbours.count)
        var visited = Array(repeating: false, count: neighbours.count)
        visited[first] = true
        var frontier = [first], next: [Int] = []
        for _ in 0..<maxLength {
            next.removeAll(keepingCapacity: true)
            for current in frontier {
                for (neighbour, edge) in neighbours[current] where !visited[neighbour] {
                    visited[neighbour] = true
                    previous[neighbour] = (current, edge)
                    if neighbour == target {
                        var chain: [Edge] = []
                        var cursor = target
                        while cursor != first {
                            chain.append(edges[previous[cursor].edge])
                            cursor = previous[cursor].vertex
                        }
                        return chain.reversed()
                    }
                    next.append(neighbour)
                }
            }
            swap(&frontier, &next)
        }
        return nil
    }
}
