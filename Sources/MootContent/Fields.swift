import Foundation
import Yams
import MootModel
import MootSupport

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
        if case let .scalar(scalar) = value, let number = Double.construct(from: scalar) {
            guard number.isFinite, abs(number) <= Fields.largestNumber else {
                sink.error(Fields.location(of: value, in: file),
                           "field '\(key)' must be a finite number no larger than \(Int(Fields.largestNumber)), found '\(scalar.string.prefix(40))'")
                return nil
            }
            return number
        }
        mistyped(key, value, expected: "a number")
        return nil
    }

    /// No number in a course needs more: anything bigger is a typo or an attack on arithmetic further on.
    static let largestNumber = 1e12

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
