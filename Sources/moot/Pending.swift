import Foundation

/// Work started on another thread now, whose result is waited for when it is needed: the tutor opens the
/// progress database and loads the course this way, so the first prompt does not wait for them.
final class Pending<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the worker before it signals; read only after waiting for that signal.
    private var result: Result<Value, Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        Thread.detachNewThread { [self] in
            result = Result { try work() }
            done.signal()
        }
    }

    /// The result, waiting for it if need be; throws what the work threw.
    func wait() throws -> Value {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
