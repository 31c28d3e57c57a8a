import Foundation
import Testing

/// `moot map --format argdown` read against Argdown's documented syntax (argdown.org, "Syntax": relations, relations
/// of unreconstructed and of reconstructed arguments, premise–conclusion structures, inferences): every line is a
/// comment, a statement or argument definition, a relation in an indented relation tree, or part of a
/// premise–conclusion structure; every reference is defined; tags are Argdown tags. An undercut attacks an inference:
/// `<_`/`_` must stand under an argument or an inference and `_>` must point at an argument, never at a plain
/// statement (Argdown parses that too, but then undercuts the statement, not an inference). Every edge of the map
/// comes out once with its kind: each rebut or undermine as `-` between its statements, each undercut against an
/// argument for the very claim the map says it undercuts.
/// Node and npm are not reachable where the tests run, so `@argdown/cli` cannot parse the file: this reads it
/// against the documented grammar instead.
@Suite struct ArgdownSyntaxTests {
    static let statement = #"\[[^\[\]]+\]"#, argument = #"<[^<>]+>"#
    static let tags = #"( #[\p{L}\p{N}_-]+| #\([^()]+\))*"#
    enum Member { case statement, argument, inference, pcsStatement }

    static func matches(_ line: Substring, _ pattern: String) -> Bool {
        line.range(of: "^" + pattern + "$", options: .regularExpression) != nil
    }

    @Test func theExportFollowsArgdownsSyntax() throws {
        let run = try runMoot(["map", "--format", "argdown"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        var defined = Set<String>(), arguments = Set<String>(), referenced: [(String, Int)] = []
        var pcsNumber = 0, inferenceSeen = false, lastArgumentLine = -10, relationKinds = Set<String>()
        // The relation members above the current line, one per tree level; the argument a PCS belongs to.
        var parents: [(member: Member, title: String)] = [], currentArgument = ""
        // Each relation read as "from symbol to" (direction resolved), and what each argument concludes or supports.
        var relations: [(from: String, symbol: String, to: String)] = [], claim: [String: String] = [:]
        func titles(_ line: Substring) -> [String] {
            let pattern = try! NSRegularExpression(pattern: Self.statement + "|" + Self.argument)
            let text = String(line)
            return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
        }
        for (index, line) in lines.enumerated() {
            let number = index + 1
            if line.isEmpty || line.hasPrefix("//") { continue }
            if Self.matches(line, Self.statement + ": [^\\[\\]]+" + Self.tags) {
                // A top-level statement definition: "[Title]: text #tags".
                defined.insert(titles(line)[0]); parents = [(.statement, titles(line)[0])]; pcsNumber = 0
            } else if Self.matches(line, Self.argument + "(: .+)?") {
                currentArgument = titles(line)[0]
                arguments.insert(currentArgument); lastArgumentLine = number; parents = [(.argument, currentArgument)]
                pcsNumber = 0; inferenceSeen = false
            } else if let match = line.range(of: #"^( *)(\+|-|_|<\+|<-|<_|\+>|->|_>) "#, options: .regularExpression) {
                // A relation: indented by two spaces a level, at most one level below the line above.
                let indent = line[match].prefix { $0 == " " }.count, depth = indent / 2
                guard indent % 2 == 0, depth > 0, depth <= parents.count else {
                    Issue.record("line \(number): indentation \(indent) under \(parents.count) levels"); continue
                }
                let rest = line[match.upperBound...]
                #expect(Self.matches(rest, "(" + Self.statement + "|" + Self.argument + ")(: [^\\[\\]]+" + Self.tags + ")?"), "line \(number): \(rest.prefix(80))")
                let symbol = String(line[match].trimmingCharacters(in: .whitespaces))
                relationKinds.insert(symbol)
                let title = titles(rest).first ?? "", parent = parents[depth - 1]
                let child: Member = title.hasPrefix("<") ? .argument : .statement
                let incoming = symbol.hasSuffix(">"), kind = symbol.replacingOccurrences(of: "<", with: "").replacingOccurrences(of: ">", with: "")
                if kind == "_" {
                    if incoming {
                        #expect(child == .argument, "line \(number): `_>` undercuts \(title), which is no argument")
                    } else {
                        #expect(parent.member == .argument || parent.member == .inference,
                                "line \(number): an undercut under the statement \(parent.title) attacks no inference")
                    }
                }
                if parent.member == .inference {
                    #expect(kind == "_" && !incoming, "line \(number): only outgoing undercuts stand under an inference")
                }
                if kind == "+", child == .argument, parent.member == .statement, !incoming { claim[title] = claim[title] ?? parent.title }
                relations.append(incoming ? (parent.title, kind, title) : (title, kind, parent.title))
                parents = Array(parents.prefix(depth)) + [(child, title)]
                if child == .argument { arguments.insert(title) }
                if rest.contains("]: ") { defined.insert(title) }
                if rest.contains(">: ") { arguments.insert(title) }
                referenced.append((title, number))
            } else if let match = line.range(of: #"^\((\d+)\) "#, options: .regularExpression) {
                // A premise–conclusion structure, right after its argument: (1), (2), … then an inference line, then the conclusion.
                let value = Int(line[match].dropFirst().prefix { $0.isNumber }) ?? 0
                #expect(value == pcsNumber + 1, "line \(number): statements numbered in order")
                #expect(number - lastArgumentLine <= value + 2 + (inferenceSeen ? 1 : 0), "line \(number): a PCS belongs to the argument above it")
                pcsNumber = value
                #expect(Self.matches(line[match.upperBound...], Self.statement + "(: .+)?"), "line \(number)")
                let title = titles(line).first ?? ""
                if inferenceSeen { claim[currentArgument] = title }
                parents = [(.pcsStatement, title)]
                referenced.append((title, number))
            } else if Self.matches(line, "-{4,}") || Self.matches(line, "--") {
                #expect(pcsNumber >= 1 && !inferenceSeen, "line \(number): an inference line after premises")
                inferenceSeen = true; parents = [(.inference, currentArgument)]
            } else {
                Issue.record("line \(number) is no Argdown construct: \(line.prefix(80))")
            }
        }
        for (title, line) in referenced where title.hasPrefix("[") {
            #expect(defined.contains(title), "line \(line): \(title) is referenced but never defined")
        }
        for (title, line) in referenced where title.hasPrefix("<") {
            #expect(arguments.contains(title), "line \(line): argument \(title) is never defined")
        }
        #expect(relationKinds.isSuperset(of: ["+", "-", "<_"]), "support, attack and undercut are all written: \(relationKinds)")
        #expect(arguments.count >= 3, "the linked premises are arguments with a premise–conclusion structure")

        // The same map as JSON: every attack and every undercut is written once, as its own kind of relation.
        let json = try runMoot(["map", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let nodes = try #require(document["nodes"] as? [[String: Any]]), edges = try #require(document["edges"] as? [[String: Any]])
        var title: [String: String] = [:]
        for node in nodes {
            let text = (node["title"] as? String ?? "").replacingOccurrences(of: "[", with: "(").replacingOccurrences(of: "]", with: ")")
            title[node["id"] as? String ?? ""] = "[" + text + "]"
        }
        func expected(_ kinds: Set<String>) -> [String] {
            edges.filter { kinds.contains($0["kind"] as? String ?? "") }
                .map { "\(title[$0["from"] as? String ?? ""] ?? "?") → \(title[$0["to"] as? String ?? ""] ?? "?")" }.sorted()
        }
        let attacks = relations.filter { $0.symbol == "-" }.map { "\($0.from) → \($0.to)" }.sorted()
        #expect(attacks == expected(["rebuts", "undermines"]), "rebuts and undermines are `-` between their statements")
        let undercuts = relations.filter { $0.symbol == "_" }.map { "\($0.from) → \(claim[$0.to] ?? "no claim for \($0.to)")" }.sorted()
        #expect(!undercuts.isEmpty && undercuts == expected(["undercuts"]), "each undercut attacks an argument for the claim it undercuts")
    }
}
