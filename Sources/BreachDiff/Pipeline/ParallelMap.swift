import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` over `jobs` threads, results in input order. Each element is processed independently.
    /// - Parameter completed: called after each element is done with the number done so far, one
    ///   call at a time (from any thread): for progress displays.
    public func parallelMap<Result: Sendable>(
        jobs: Int, completed: (@Sendable (Int) -> Void)? = nil, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let done = Counter()
        guard jobs > 1, count > 1 else {
            return map { element in
                let result = transform(element)
                if let completed { done.increment(then: completed) }
                return result
            }
        }
        let results = ResultSlots<Result>(count: count)
        let next = Counter()
        let workers = Swift.min(jobs, count)
        self.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let elements = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let index = next.increment()
                    guard index < elements.count else { return }
                    results.store(transform(elements[index]), at: index)
                    if let completed { done.increment(then: completed) }
                }
            }
        }
        return results.values()
    }
}

/// An atomic counter shared by the workers of `parallelMap`.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        let current = value
        value += 1
        return current
    }

    /// Increments, then calls `report` with the new value while still holding the lock, so reports
    /// arrive one at a time and in order.
    func increment(then report: (Int) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        report(value)
    }
}

/// Write-once result slots, one per input element.
final class ResultSlots<Result>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ result: Result, at index: Int) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    func values() -> [Result] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}

/// The number of cores, the default of every `--jobs` option.
public var processorCount: Int { ProcessInfo.processInfo.activeProcessorCount }
