import MootModel

/// The map's holdings ("the ICJ left open whether force may answer an attack only imminent"), read against what an
/// answer says a court held: "the ICJ rejected anticipatory self-defence in Nicaragua" names the point in the
/// right words and gets its outcome wrong. Built once per content change.
struct Holdings: Sendable {
    private struct Entry: Sendable {
        var node: String
        var holding: Holding
        /// Each name of who held it, as folded words.
        var by: [[String]]
        /// Each wording of what it was held on, as the stems of its content words.
        var on: [Set<String>]
        /// For each of `on`, its index in the holding's own `on`.
        var topics: [Int]
    }

    private var entries: [Entry] = []

    init(map: ArgumentMap) {
        for node in map.nodes {
            for holding in node.holdings {
                let wordings = holding.on.map { Set(TextNormalizer.words($0).filter { TextNormalizer.role($0) == nil }.map(TextNormalizer.stem)) }
                let topics = wordings.indices.filter { !wordings[$0].isEmpty }
                entries.append(Entry(node: node.id, holding: holding, by: holding.by.map(TextNormalizer.words).filter { !$0.isEmpty },
                                     on: topics.map { wordings[$0] }, topics: topics))
            }
        }
    }

    /// How near (in words) the outcome must be to the names of who held it and of what it was held on.
    private static let reach = 8

    /// The holding an answer misstates, with the node that states it and the wording of its topic the answer
    /// uses: an outcome word ("rejected", "upheld", "left open") beside a name of who held it and a wording of what
    /// it was held on, where the holding went another way, and no outcome in the answer goes its way. A negated
    /// outcome ("did not reject") says too little to judge, and is passed over.
    func misstated(in words: [String], negations: [Int]) -> (node: String, holding: Holding, topic: String)? {
        guard !entries.isEmpty else { return nil }
        let outcomes = Self.outcomes(in: words, negations: negations)
        guard !outcomes.isEmpty else { return nil }
        let stems = words.map(TextNormalizer.stem)
        // Each outcome's neighbourhood, read once: its positions and the stems in it.
        let windows = outcomes.map { outcome in
            let range = max(0, outcome.position - Self.reach)...min(words.count - 1, outcome.position + Self.reach)
            return (range: range, stems: Set(stems[range]))
        }
        for entry in entries {
            // Per outcome stated of this holding, the topic wording it is stated on.
            let stated = outcomes.indices.compactMap { index -> (outcome: Holding.Outcome, topic: Int)? in
                let (range, near) = windows[index], position = outcomes[index].position
                guard entry.by.contains(where: { name in range.contains { Self.holds(name, at: $0, position, words) } }),
                      let topic = entry.on.firstIndex(where: { $0.isSubset(of: near) }) else { return nil }
                return (outcomes[index].outcome, topic)
            }
            guard !stated.contains(where: { $0.outcome == entry.holding.held }),
                  let wrong = stated.first else { continue }
            return (entry.node, entry.holding, entry.holding.on[entry.topics[wrong.topic]])
        }
        return nil
    }

    /// Whether `name` at `start` is who reaches the outcome at `position`: its subject before it ("the ICJ
    /// rejected"), or named after it by "by" or "in" ("rejected in Nicaragua") — not its object ("the United States
    /// rejects Nicaragua's threshold").
    private static func holds(_ name: [String], at start: Int, _ position: Int, _ words: [String]) -> Bool {
        guard words[start...].starts(with: name) else { return false }
        if start < position { return true }
        return words[max(position, start - 2)..<start].contains { $0 == "by" || $0 == "in" }
    }

    /// The outcome words of an answer and their positions.
    static func outcomes(in words: [String], negations: [Int]) -> [(position: Int, outcome: Holding.Outcome)] {
        var found: [(position: Int, outcome: Holding.Outcome)] = []
        for (position, word) in words.enumerated() {
            let negated = negations.contains { $0 < position && $0 >= position - 3 }
            if negated, undecided.contains(word) {
                found.append((position, .open))  // "did not decide", "never ruled on"
            } else if word == "open", words[max(0, position - 5)..<position].contains(where: leaving.contains) {
                found.append((position, .open))  // "left that question open"
            } else if !negated, unresolved.contains(word) {
                found.append((position, .open))
            } else if !negated, let outcome = verdicts[word] {
                found.append((position, outcome))
            } else if !negated, word == "out" || word == "down", words[max(0, position - 3)..<position].contains(where: ruledOut.contains) {
                found.append((position, .rejected))  // "ruled (it) out", "threw out", "struck down"
            } else if word == "open", words.indices.contains(position + 1), words[position + 1] == "question" {
                found.append((position, .open))  // "an open question"
            }
        }
        return found
    }

    private static let verdicts: [String: Holding.Outcome] = {
        var table: [String: Holding.Outcome] = [:]
        for word in ["upheld", "uphold", "upholds", "approved", "approve", "approves", "endorsed", "endorse", "endorses",
                     "allowed", "allow", "allows", "permitted", "permit", "permits", "accepted", "accept", "accepts",
                     "recognised", "recognized", "recognises", "recognizes", "affirmed", "affirms", "authorised",
                     "authorized", "authorises", "authorizes", "confirmed", "confirms", "validated", "blessed",
                     "sanctioned", "legitimised", "legitimized", "embraced", "okayed"] {
            table[word] = .accepted
        }
        for word in ["rejected", "reject", "rejects", "banned", "ban", "bans", "prohibited", "prohibits", "forbade",
                     "forbids", "forbidden", "condemned", "condemns", "outlawed", "outlaws", "refused", "refuses",
                     "disallowed", "disapproved", "repudiated", "overruled", "invalidated"] {
            table[word] = .rejected
        }
        return table
    }()

    /// Verbs of deciding that a negation turns into "left open".
    private static let undecided: Set<String> = [
        "decide", "decided", "decides", "rule", "ruled", "rules", "settle", "settled", "settles", "resolve", "resolved",
        "answer", "answered",
    ]
    private static let unresolved: Set<String> = ["undecided", "unresolved", "unsettled", "sidestepped", "reserved", "dodged"]
    private static let leaving: Set<String> = ["left", "leaves", "leave", "leaving", "kept", "keeps"]
    private static let ruledOut: Set<String> = ["ruled", "rules", "threw", "throws", "thrown", "struck", "shot"]
}
