import Dispatch

/// Runs independent jobs on every core and returns their results in order.
enum ParallelMap {
    static func run<T: Sendable>(_ count: Int, _ job: @escaping @Sendable (Int) -> T) -> [T] {
        let slots = Slots(count: count, job: job)
        DispatchQueue.concurrentPerform(iterations: count) { slots.fill($0) }
        return slots.results
    }

    /// One slot per job, allocated up front; each job writes only its own, so no two threads touch the same memory.
    private final class Slots<T: Sendable>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<T?>
        private let job: @Sendable (Int) -> T

        init(count: Int, job: @escaping @Sendable (Int) -> T) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
            self.job = job
        }

        deinit { buffer.deallocate() }

        func fill(_ index: Int) { buffer[index] = job(index) }

        var results: [T] { buffer.map { $0! } }
    }
}
