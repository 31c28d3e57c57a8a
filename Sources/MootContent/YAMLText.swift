import Foundation
import Yams
import MootModel

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
