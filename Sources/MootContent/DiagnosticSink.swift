import MootModel

/// Collects diagnostics while content is read, so one run reports every problem.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []
    init() {}
    func error(_ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(location, message))
    }
    func warning(_ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(location, message, severity: .warning))
    }
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    func merge(_ other: [Diagnostic]) { diagnostics += other }
}
