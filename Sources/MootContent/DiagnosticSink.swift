import MootModel

/// Collects diagnostics while content is read, so one run reports every problem.
public final class DiagnosticSink {
    public private(set) var diagnostics: [Diagnostic] = []
    public init() {}
    public func error(_ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(location, message))
    }
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    func merge(_ other: [Diagnostic]) { diagnostics += other }
}
