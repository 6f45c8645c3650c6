/// The whole job for a set of input files: read each file, extract its facts, release its text,
/// then compare all facts.
///
/// Order: `DocumentReader.read` -> `FactExtractor.extract(from:)` per document, on `jobs` threads;
/// the per-file results are merged in input order (so every output is deterministic), then
/// `Comparator.compare(documents:facts:)` runs once on everything. Only each document's metadata
/// (`DocumentInfo`) and facts outlive its processing, so memory stays bounded by the facts, not
/// by the size of the folder.
public struct Pipeline: Sendable {
    public var reader = DocumentReader()
    public var extractor = FactExtractor()
    public var comparator = Comparator()

    public init() {}

    /// The result of a run.
    public struct Result: Sendable, Equatable {
        /// One per document read, in input order (a full submission adds one per part).
        public var documents: [DocumentInfo]
        /// Every fact, grouped by document in `documents` order.
        public var facts: [Fact]
        public var comparison: Comparison

        public init(documents: [DocumentInfo], facts: [Fact], comparison: Comparison) {
            self.documents = documents
            self.facts = facts
            self.comparison = comparison
        }

        /// The diagnostics of every document, in document order.
        public var diagnostics: [Diagnostic] { documents.flatMap(\.errors) }

        /// Whether some file could not be read (an `error` diagnostic): exit status 3.
        public var someFilesFailed: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Runs the pipeline.
    /// - Parameters:
    ///   - jobs: documents processed in parallel.
    ///   - progress: called after each input file is done, with the number done so far; it may be
    ///     called from any thread, one call at a time.
    public func run(_ inputs: [InputFile], jobs: Int = processorCount,
                    progress: (@Sendable (Int) -> Void)? = nil) -> Result {
        let reader = reader
        let extractor = extractor
        var perFile = inputs.parallelMap(jobs: jobs, completed: progress) { input -> ([DocumentInfo], [Fact]) in
            var documents: [DocumentInfo] = []
            var facts: [Fact] = []
            for document in reader.read(input) {
                let analyzed = extractor.analyze(document)
                documents.append(analyzed.info)
                facts.append(contentsOf: analyzed.facts)
                // `document` (its text and blocks) is released here, before the next one is read.
            }
            return (documents, facts)
        }
        let documents = perFile.flatMap(\.0)
        let facts = perFile.flatMap(\.1)
        // The per-file arrays are a second copy of every fact: released before the comparison.
        perFile = []
        return Result(documents: documents, facts: facts, comparison: comparator.compare(documents: documents, facts: facts))
    }
}
