/// The whole job for a set of input files: read each file, extract its facts, release its text,
/// then compare all facts. Documents are processed independently (and in parallel); only their
/// metadata and facts are kept.
public struct Pipeline: Sendable {
    public var reader = DocumentReader()
    public var extractor = FactExtractor()
    public var comparator = Comparator()

    public init() {}

    /// The result of a run.
    public struct Result: Sendable, Equatable {
        public var documents: [DocumentInfo]
        public var facts: [Fact]
        public var comparison: Comparison
    }

    public func run(_ inputs: [InputFile]) -> Result {
        var documents: [DocumentInfo] = []
        var facts: [Fact] = []
        for input in inputs {
            for document in reader.read(input) {
                documents.append(document.info)
                facts.append(contentsOf: extractor.extract(from: document))
            }
        }
        return Result(documents: documents, facts: facts, comparison: comparator.compare(documents: documents, facts: facts))
    }
}
