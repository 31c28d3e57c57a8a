/// The structured model of the article and the debate around it: the answer key for every question.
public struct ArgumentMap: Sendable {
    public let nodes: [ArgumentNode]
    public let edges: [Edge]
    /// Words the grader treats as one ("citizens" and "nationals"); the first of each list stands for the rest.
    public let synonyms: [[String]]
    /// The parties of the argument, each as the words that name it (["Mexico", "Mexican", "host state"]): who does
    /// or suffers what in a claim, so that a claim given to the wrong party is not the claim.
    public let parties: [[String]]
    private let index: [String: Int]
    private let outgoing: [String: [Edge]]
    private let incoming: [String: [Edge]]
    /// Node → the nodes it attacks or is attacked by, for asking quickly whether two nodes are opposed.
    private let opponents: [String: Set<String>]
    private let graph: MapGraph

    public init(nodes: [ArgumentNode], edges: [Edge], synonyms: [[String]] = [], parties: [[String]] = []) {
        self.nodes = nodes
        self.edges = edges
        self.synonyms = synonyms
        self.parties = parties
        var index: [String: Int] = [:]
        for (position, node) in nodes.enumerated() where index[node.id] == nil { index[node.id] = position }
        self.index = index
        self.outgoing = Dictionary(grouping: edges, by: \.from)
        self.incoming = Dictionary(grouping: edges, by: \.to)
        var opponents: [String: Set<String>] = [:]
        for edge in edges where edge.kind.isAttack {
            opponents[edge.from, default: []].insert(edge.to)
            opponents[edge.to, default: []].insert(edge.from)
        }
        self.opponents = opponents
        graph = MapGraph(index: index, count: nodes.count, edges: edges)
    }

    /// Whether either node attacks the other (rebuts, undermines or undercuts).
    public func opposed(_ a: String, _ b: String) -> Bool {
        opponents[a]?.contains(b) ?? false
    }

    /// The nodes that attack `id` or that it attacks, in map order.
    public func opponents(of id: String) -> [String] {
        (opponents[id] ?? []).sorted { (index[$0] ?? 0) < (index[$1] ?? 0) }
    }

    public subscript(id: String) -> ArgumentNode? { index[id].map { nodes[$0] } }

    /// A node's title, without copying the node.
    public func title(of id: String) -> String? { index[id].map { nodes[$0].title } }

    public var thesis: ArgumentNode? { nodes.first { $0.main } }

    /// Edges leaving `id` ("id supports X").
    public func edges(from id: String) -> [Edge] { outgoing[id] ?? [] }
    /// Edges arriving at `id` ("X answers id").
    public func edges(to id: String) -> [Edge] { incoming[id] ?? [] }

    /// The shortest chain of edges (either direction) linking two nodes, for explaining how they relate.
    public func path(from start: String, to goal: String, maxLength: Int = 6) -> [Edge]? {
        graph.path(from: start, to: goal, maxLength: maxLength, edges: edges)
    }

    /// The part of the map within `radius` edges of a node, either direction.
    public func neighbourhood(of id: String, radius: Int = 2) -> ArgumentMap { neighbourhood(of: [id], radius: radius) }

    /// The nodes `ids` and those within `radius` edges of any of them.
    public func neighbourhood(of ids: Set<String>, radius: Int = 2) -> ArgumentMap {
        var keep = ids
        var frontier = ids
        for _ in 0..<radius {
            var next: Set<String> = []
            for node in frontier {
                for edge in edges(from: node) + edges(to: node) { next.insert(edge.from == node ? edge.to : edge.from) }
            }
            frontier = next.subtracting(keep)
            keep.formUnion(next)
        }
        return ArgumentMap(nodes: nodes.filter { keep.contains($0.id) },
                           edges: edges.filter { keep.contains($0.from) && keep.contains($0.to) }, synonyms: synonyms,
                           parties: parties)
    }
}
