import Foundation
import Yams

/// Collects diagnostics while content is read, so one run reports every problem.
public final class DiagnosticSink {
    public private(set) var diagnostics: [Diagnostic] = []
    public init() {}
    public func error(_ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(location, message))
    }
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    func merge(_ other: DiagnosticSink) { diagnostics += other.diagnostics }
}

/// Parses a YAML text into a node tree, turning syntax errors into diagnostics with their position.
enum YAMLText {
    static func parse(_ text: String, file: String, sink: DiagnosticSink) -> Node? {
        do {
            guard let root = try Yams.compose(yaml: text) else {
                sink.error(SourceLocation(file: file, line: 1, column: 1), "the file is empty")
                return nil
            }
            return root
        } catch let error as YamlError {
            report(error, text: text, file: file, sink: sink)
        } catch {
            sink.error(SourceLocation(file: file, line: 1, column: 1), "YAML: \(error)")
        }
        return nil
    }

    private static func report(_ error: YamlError, text: String, file: String, sink: DiagnosticSink) {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let during = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            sink.error(at(mark), "YAML syntax: \(problem)\(during)")
        case let .reader(problem, offset, _, _):
            let line = offset.map { text.prefix($0).filter { $0 == "\n" }.count + 1 } ?? 1
            sink.error(SourceLocation(file: file, line: line, column: 1), "YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            for key in duplicates {
                sink.error(duplicateLocation(of: key, after: context.mark, in: text, file: file),
                           "duplicate key '\(key)' in one mapping")
            }
        default:
            sink.error(SourceLocation(file: file, line: 1, column: 1), "YAML: \(error)")
        }
    }

    /// Yams marks the mapping that holds a duplicate key; find the key's second occurrence instead.
    private static func duplicateLocation(of key: String, after mark: Mark, in text: String, file: String) -> SourceLocation {
        let lines = text.components(separatedBy: "\n")
        var seen = 0
        for index in max(0, mark.line - 1)..<lines.count {
            let trimmed = lines[index].drop { $0 == " " || $0 == "-" }
            if trimmed.hasPrefix("\(key):") {
                seen += 1
                if seen == 2 {
                    let column = lines[index].count - trimmed.count + 1
                    return SourceLocation(file: file, line: index + 1, column: column)
                }
            }
        }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }
}

/// Reads the fields of one YAML mapping, reporting missing, mistyped and unknown fields at their position.
///
/// Call `finish()` when done: every key that was never read is reported as unknown, with the nearest known key.
final class Fields {
    let file: String
    let sink: DiagnosticSink
    let location: SourceLocation
    /// The mapping's values by key, indexed once: Yams' own lookup compares whole nodes, resolving their tags.
    private let values: [String: Node]
    private let keys: [(String, Node)]
    private var known: Set<String> = []

    /// Returns nil (after reporting) if `node` is not a mapping.
    init?(_ node: Node, file: String, sink: DiagnosticSink, what: String) {
        self.file = file
        self.sink = sink
        self.location = Fields.location(of: node, in: file)
        guard case let .mapping(mapping) = node else {
            sink.error(location, "expected \(what) as a mapping of 'key: value' fields, found \(Fields.describe(node))")
            return nil
        }
        var values: [String: Node] = [:]
        var keys: [(String, Node)] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { continue }
            values[name] = value
            keys.append((name, key))
        }
        self.values = values
        self.keys = keys
    }

    static func location(of node: Node, in file: String) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return scalar.string.isEmpty ? "nothing" : "the text '\(scalar.string.prefix(40))'"
        case .mapping(let mapping) where mapping.count == 1:
            return "a mapping ('\(mapping.keys.first?.string ?? ""): …')"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }

    func has(_ key: String) -> Bool { known.insert(key); return values[key] != nil }

    func node(_ key: String, required: Bool = false) -> Node? {
        known.insert(key)
        guard let value = values[key] else {
            if required { sink.error(location, "missing required field '\(key)'") }
            return nil
        }
        if case let .scalar(scalar) = value, scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
            if required { sink.error(Fields.location(of: value, in: file), "field '\(key)' is empty") }
            return nil
        }
        return value
    }

    func location(_ key: String) -> SourceLocation {
        values[key].map { Fields.location(of: $0, in: file) } ?? location
    }

    func string(_ key: String, required: Bool = false) -> String? {
        guard let value = node(key, required: required) else { return nil }
        guard case let .scalar(scalar) = value else {
            mistyped(key, value, expected: "text")
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty && required { sink.error(Fields.location(of: value, in: file), "field '\(key)' is empty") }
        return text
    }

    func bool(_ key: String) -> Bool? {
        guard let value = node(key) else { return nil }
        if case let .scalar(scalar) = value, let bool = Bool.construct(from: scalar) { return bool }
        mistyped(key, value, expected: "true or false")
        return nil
    }

    func double(_ key: String, required: Bool = false) -> Double? {
        guard let value = node(key, required: required) else { return nil }
        if case let .scalar(scalar) = value, let number = Double.construct(from: scalar) { return number }
        mistyped(key, value, expected: "a number")
        return nil
    }

    func int(_ key: String, required: Bool = false) -> Int? {
        guard let value = node(key, required: required) else { return nil }
        if case let .scalar(scalar) = value, let number = Int.construct(from: scalar) { return number }
        mistyped(key, value, expected: "a whole number")
        return nil
    }

    /// A list of scalars; a single scalar is read as a list of one.
    func strings(_ key: String, required: Bool = false) -> [String] {
        guard let value = node(key, required: required) else { return [] }
        switch value {
        case .scalar(let scalar): return [scalar.string]
        case .sequence(let sequence):
            return sequence.compactMap { item in
                guard case let .scalar(scalar) = item else {
                    let advice = item.mapping != nil ? " (an unquoted ': ' starts a mapping; put the text in quotes)" : ""
                    sink.error(Fields.location(of: item, in: file),
                               "each item of '\(key)' must be text, found \(Fields.describe(item))\(advice)")
                    return nil
                }
                return scalar.string
            }
        default:
            mistyped(key, value, expected: "a list of text")
            return []
        }
    }

    /// A list of nodes, each to be read by the caller.
    func list(_ key: String, required: Bool = false) -> [Node] {
        guard let value = node(key, required: required) else { return [] }
        guard case let .sequence(sequence) = value else {
            mistyped(key, value, expected: "a list")
            return []
        }
        if sequence.isEmpty && required { sink.error(Fields.location(of: value, in: file), "'\(key)' is empty") }
        return Array(sequence)
    }

    func fields(_ key: String, what: String, required: Bool = false) -> Fields? {
        guard let value = node(key, required: required) else { return nil }
        return Fields(value, file: file, sink: sink, what: what)
    }

    /// Reads an enumeration by its raw value, naming the valid values when it does not match.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type, required: Bool = false) -> T?
    where T.RawValue == String {
        guard let text = string(key, required: required), !text.isEmpty else { return nil }
        if let value = T(rawValue: text) { return value }
        let valid = T.allCases.map(\.rawValue)
        sink.error(location(key), "'\(text)' is not a valid \(key)\(Suggestion.hint(for: text, in: valid)); "
                   + "expected one of: \(valid.joined(separator: ", "))")
        return nil
    }

    func mistyped(_ key: String, _ value: Node, expected: String) {
        sink.error(Fields.location(of: value, in: file), "field '\(key)' must be \(expected), found \(Fields.describe(value))")
    }

    /// Reports every key that was present but never read.
    func finish() {
        for (name, key) in keys where !known.contains(name) {
            sink.error(Fields.location(of: key, in: file), "unknown field '\(name)'\(Suggestion.hint(for: name, in: known.sorted()))")
        }
    }
}
