import Foundation
import Testing

/// `moot map --format argdown` read against Argdown's documented syntax (argdown.org, "Syntax"): every line is a
/// comment, a statement or argument definition, a relation in an indented relation tree, or part of a
/// premise–conclusion structure; every reference is defined; tags are Argdown tags.
@Suite struct ArgdownSyntaxTests {
    static let statement = #"\[[^\[\]]+\]"#, argument = #"<[^<>]+>"#
    static let tags = #"( #[\p{L}\p{N}_-]+| #\([^()]+\))*"#

    static func matches(_ line: Substring, _ pattern: String) -> Bool {
        line.range(of: "^" + pattern + "$", options: .regularExpression) != nil
    }

    @Test func theExportFollowsArgdownsSyntax() throws {
        let run = try runMoot(["map", "--format", "argdown"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        var defined = Set<String>(), arguments = Set<String>(), referenced: [(String, Int)] = []
        var previousDepth = -1, pcsNumber = 0, inferenceSeen = false, lastArgumentLine = -10, relationKinds = Set<String>()
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
                defined.insert(titles(line)[0]); previousDepth = 0; pcsNumber = 0
            } else if Self.matches(line, Self.argument + "(: .+)?") {
                arguments.insert(titles(line)[0]); lastArgumentLine = number; previousDepth = 0; pcsNumber = 0; inferenceSeen = false
            } else if let match = line.range(of: #"^( *)(\+|-|_|<\+|<-|<_|\+>|->|_>) "#, options: .regularExpression) {
                // A relation: indented by two spaces a level, at most one level below the line above.
                let indent = line[match].prefix { $0 == " " }.count
                #expect(indent % 2 == 0 && indent > 0, "line \(number): indentation \(indent)")
                #expect(indent / 2 <= previousDepth + 1, "line \(number): a relation two levels below its parent")
                previousDepth = indent / 2
                let rest = line[match.upperBound...]
                #expect(Self.matches(rest, "(" + Self.statement + "|" + Self.argument + ")(: [^\\[\\]]+" + Self.tags + ")?"), "line \(number): \(rest.prefix(80))")
                relationKinds.insert(String(line[match].trimmingCharacters(in: .whitespaces)))
                let title = titles(rest).first ?? ""
                if rest.contains("]: ") { defined.insert(title) }
                referenced.append((title, number))
            } else if let match = line.range(of: #"^\((\d+)\) "#, options: .regularExpression) {
                // A premise–conclusion structure, right after its argument: (1), (2), … then an inference line, then the conclusion.
                let value = Int(line[match].dropFirst().prefix { $0.isNumber }) ?? 0
                #expect(value == pcsNumber + 1, "line \(number): statements numbered in order")
                #expect(number - lastArgumentLine <= value + 2 + (inferenceSeen ? 1 : 0), "line \(number): a PCS belongs to the argument above it")
                pcsNumber = value
                #expect(Self.matches(line[match.upperBound...], Self.statement + "(: .+)?"), "line \(number)")
                referenced.append((titles(line).first ?? "", number))
            } else if Self.matches(line, "-{4,}") || Self.matches(line, "--") {
                #expect(pcsNumber >= 1 && !inferenceSeen, "line \(number): an inference line after premises")
                inferenceSeen = true
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
        #expect(relationKinds.isSuperset(of: ["+", "-", "_"]), "support, attack and undercut are all written: \(relationKinds)")
        #expect(arguments.count >= 3, "the linked premises are arguments with a premise–conclusion structure")
    }
}
