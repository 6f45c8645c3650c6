import Foundation

extension DocumentReader {
    /// Reads many files in parallel (one worker per core) and returns their documents in input order.
    public func readAll(_ inputs: [InputFile], jobs: Int = ProcessInfo.processInfo.activeProcessorCount) -> [ParsedDocument] {
        let reader = self
        return inputs.parallelMap(jobs: jobs) { reader.read($0) }.flatMap { $0 }
    }
}
