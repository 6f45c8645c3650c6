/// Everything one type extractor sees of a document.
public struct ExtractionInput: Sendable {
    public var document: ParsedDocument
    public var sentences: [Sentence]
    /// One per sentence, same order.
    public var attributions: [Attribution]

    public init(document: ParsedDocument, sentences: [Sentence], attributions: [Attribution]) {
        self.document = document
        self.sentences = sentences
        self.attributions = attributions
    }
}

/// A fact found by a type extractor, before the shared attribution and incident hints are applied.
public struct FactCandidate: Sendable, Equatable {
    public var payload: FactPayload
    /// Index of the sentence it was found in.
    public var sentenceIndex: Int
    /// The span that states it (a sentence or clause), in document offsets (Unicode scalars).
    public var start: Int
    public var end: Int
    /// Overrides of the sentence attribution, when the extractor knows better (a data type in a
    /// "was not accessed" clause is a denial even in a confirming sentence).
    public var source: SourceRole?
    public var stance: Stance?

    public init(payload: FactPayload, sentenceIndex: Int, start: Int, end: Int, source: SourceRole? = nil, stance: Stance? = nil) {
        self.payload = payload
        self.sentenceIndex = sentenceIndex
        self.start = start
        self.end = end
        self.source = source
        self.stance = stance
    }
}

/// Finds the facts of one type in a document.
public protocol TypeExtractor: Sendable {
    func candidates(in input: ExtractionInput) -> [FactCandidate]
}
