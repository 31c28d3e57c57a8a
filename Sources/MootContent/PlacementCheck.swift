import MootModel
import MootSupport

extension Validator {
    /// A `place` question's key must be one the map could hold: each statement's relation joins the kinds of node
    /// the map's own edges would, a co-premise partner is a premise that supports something, and the learner
    /// chooses among at least three nodes.
    func checkPlacement(_ question: Question, _ statements: [Placement], among: [String]) {
        if statements.count < 2 {
            sink.error(question.location, "a place question needs at least two statements to place")
        }
        for id in among where map[id] == nil {
            sink.error(question.location, "'among' of '\(question.id)' names an unknown node '\(id)'"
                       + Suggestion.hint(for: id, in: map.nodes.map(\.id)))
        }
        let offered = QuestionLayout.placeTargets(statements, among: among, id: question.id)
        if offered.count < 3 {
            sink.error(question.location, "place question '\(question.id)' offers \(offered.count) node(s) to choose from: "
                       + "add decoys with 'among: [...]' so there are at least three")
        }
        for statement in statements {
            guard let target = map[statement.node] else { continue } // reported as an unknown node of the question
            let allowed: Set<NodeKind>
            switch statement.relation {
            case .supports: allowed = [.claim, .premise, .objection, .reply, .counterargument]
            case .attacks: allowed = Set(NodeKind.allCases)
            case .undercuts: allowed = [.claim, .premise]
            case .coPremise: allowed = [.claim, .premise, .evidence, .authority]
            }
            if !allowed.contains(target.kind) {
                sink.error(statement.location, "a statement cannot be placed as '\(statement.relation.rawValue)' on "
                           + "\(target.kind.article) \(target.kind.rawValue) ('\(target.id)'); that joins "
                           + allowed.map(\.rawValue).sorted().joined(separator: "/"))
            } else if statement.relation == .coPremise && !map.edges(from: target.id).contains(where: { $0.kind == .supports }) {
                sink.error(statement.location, "a co-premise with '\(target.id)' would support nothing: '\(target.id)' supports no node")
            }
        }
    }
}
