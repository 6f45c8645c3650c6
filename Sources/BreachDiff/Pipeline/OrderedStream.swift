import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// Transforms the elements on `jobs` threads and hands each result to `consume` in input
    /// order, as soon as it and every result before it are done; then the result is released.
    ///
    /// Unlike `parallelMap`, nothing is kept until the end, so a command that writes each result
    /// (`extract` writing a document's rows) stays flat in memory however many elements there
    /// are: only results finished ahead of a slow earlier one wait. `consume` is called one at a
    /// time, from whichever worker completed the next result in order.
    public func parallelStream<Result: Sendable>(
        jobs: Int, _ transform: @Sendable (Element) -> Result, consume: (Result) -> Void
    ) {
        guard jobs > 1, count > 1 else {
            for element in self { consume(transform(element)) }
            return
        }
        let outlet = OrderedOutlet<Result>()
        let next = Counter()
        let workers = Swift.min(jobs, count)
        self.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let elements = buffer
            // The outlet calls `consume` one call at a time, so it need not be `Sendable`.
            nonisolated(unsafe) let consume = consume
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let index = next.increment()
                    guard index < elements.count else { return }
                    outlet.deliver(transform(elements[index]), at: index, to: consume)
                }
            }
        }
    }
}

/// Results that arrive out of order, handed on in order by whichever worker completes a gap.
final class OrderedOutlet<Result>: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [Int: Result] = [:]
    private var nextIndex = 0
    /// Set while one worker is handing results on, so `consume` never runs twice at once.
    private var draining = false

    func deliver(_ result: Result, at index: Int, to consume: (Result) -> Void) {
        lock.lock()
        waiting[index] = result
        guard !draining else { lock.unlock(); return }
        draining = true
        while let ready = waiting.removeValue(forKey: nextIndex) {
            nextIndex += 1
            // Consume outside the lock: the other workers keep storing their results meanwhile.
            lock.unlock()
            consume(ready)
            lock.lock()
        }
        draining = false
        lock.unlock()
    }
}
