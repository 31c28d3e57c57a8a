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
            let keys = duplicates
            let lines = HostileText.keyLines(in: text, keys: Set(keys), from: context.mark.line)
            // Thousands of duplicates are one mistake repeated: name the first few and count the rest.
            for key in keys.prefix(20) {
                let second = lines[key].flatMap { $0.count > 1 ? $0[1] : nil }
                sink.error(SourceLocation(file: file, line: second?.line ?? context.mark.line,
                                          column: second?.column ?? context.mark.column),
                           "duplicate key '\(key)' in one mapping")
            }
            if keys.count > 20 {
                sink.error(SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                           "\(keys.count - 20) more duplicate keys in this mapping")
            }
        default:
            sink.error(SourceLocation(file: file, line: 1, column: 1), "YAML: \(error)")
        }
    }
}
