import Foundation

extension DocumentReader {
    /// Reads many files in parallel and returns their documents in input order.
    public func readAll(_ inputs: [InputFile]) -> [ParsedDocument] {
        let results = ResultSlots(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            results.set(index, read(inputs[index]))
        }
        return results.values.flatMap { $0 }
    }
}

/// Fixed slots written once each from `concurrentPerform` workers.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [[ParsedDocument]]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: [], count: count)
    }

    func set(_ index: Int, _ value: [ParsedDocument]) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [[ParsedDocument]] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
