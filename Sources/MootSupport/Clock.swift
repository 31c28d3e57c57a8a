import Foundation

/// Time as whole microseconds since 1970, as the FSRS reference implementation's datetimes count it.
public typealias Microseconds = Int64

/// The one clock: every part of moot that needs the time is given one, so tests can set and move it.
public struct Clock: Sendable {
    private let read: @Sendable () -> Microseconds

    public init(_ read: @escaping @Sendable () -> Microseconds) { self.read = read }

    /// The time now.
    public func now() -> Microseconds { read() }

    /// The wall clock.
    public static let system = Clock { Microseconds((Date().timeIntervalSince1970 * 1_000_000).rounded()) }
}
