import Foundation
import Yams
import MootModel

/// Parses a YAML text into a node tree, turning syntax errors into diagnostics with their position.
enum YAMLText {
    /// Past this many repeated top-level keys, moot reports them itself instead of letting Yams find them (slowly).
    static let duplicatesReportedBeforeYams = 20

    /// Yams' default tag rules, led by one that settles most keys with one regular expression instead of seven: a
    /// text that starts with an ASCII letter or `_` and is not one of the words the bool and null rules read (yes,
    /// no, on, true, null …) is a string. Those two are the only default rules such a text can match (the others
    /// need a digit, sign, `.`, `<`, `~` or `=` first), and the rule ends its words with the same `$`, so every text
    /// gets the tag the default rules give it. Yams resolves every mapping key's tag to check for duplicate keys.
    static let resolver: Resolver = {
        let words = "yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL"
        guard let word = try? Resolver.Rule(.str, "^(?!(?:\(words))$)[A-Za-z_]") else { return .default }
        return Resolver.default.rules.reduce(Resolver.basic.appending(word)) { $0.appending($1) }
    }()

    static func parse(_ text: String, file: String, sink: DiagnosticSink) -> Node? {
        let repeated = HostileText.topLevelDuplicateKeys(in: text)
        if repeated.keys.count > duplicatesReportedBeforeYams {
            reportDuplicates(repeated.keys.map { ($0.key, ($0.line, 1)) }, first: SourceLocation(file: file, line: repeated.firstLine, column: 1),
                             file: file, sink: sink)
            return nil
        }
        do {
            guard let root = try Yams.compose(yaml: text, Self.resolver) else {
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
            let lines = HostileText.keyLines(in: text, keys: Set(duplicates), from: context.mark.line)
            // A key repeated at the top level is named where it repeats there, not where a nested one of that name is.
            let topLevel = Dictionary(HostileText.topLevelDuplicateKeys(in: text).keys.map { ($0.key, $0.line) }) { first, _ in first }
            reportDuplicates(duplicates.map { key in (key, topLevel[key].map { ($0, 1) } ?? lines[key].flatMap { $0.count > 1 ? $0[1] : nil }) },
                             first: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                             file: file, sink: sink)
        default:
            sink.error(SourceLocation(file: file, line: 1, column: 1), "YAML: \(error)")
        }
    }

    /// Thousands of duplicates are one mistake repeated: name the first few (at their second occurrence) and count the rest.
    private static func reportDuplicates(_ keys: [(key: String, second: (line: Int, column: Int)?)], first: SourceLocation,
                                         file: String, sink: DiagnosticSink) {
        for (key, second) in keys.prefix(20) {
            sink.error(second.map { SourceLocation(file: file, line: $0.line, column: $0.column) } ?? first,
                       "duplicate key '\(key)' in one mapping")
        }
        if keys.count > 20 { sink.error(first, "\(keys.count - 20) more duplicate keys in this mapping") }
    }
}
