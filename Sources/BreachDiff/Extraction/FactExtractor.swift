/// The extraction stage: a pure function from a read document to its facts.
///
/// Order: split sentences, attribute each sentence (speaker, stance), run every type extractor,
/// then turn candidates into facts with their quote, attribution and incident hint.
public struct FactExtractor: Sendable {
    public var extractors: [any TypeExtractor]

    public init(extractors: [any TypeExtractor] = FactExtractor.standardExtractors) {
        self.extractors = extractors
    }

    public static let standardExtractors: [any TypeExtractor] = [
        CountExtractor(), DateExtractor(), DataTypeExtractor(), MoneyExtractor(), VectorExtractor(), ActorExtractor(),
    ]

    public func extract(from document: ParsedDocument) -> [Fact] {
        let sentences = SentenceSplitter().sentences(of: document)
        let attributions = AttributionResolver().attributions(for: sentences, in: document)
        let input = ExtractionInput(document: document, sentences: sentences, attributions: attributions)
        var facts: [Fact] = []
        for extractor in extractors {
            for candidate in extractor.candidates(in: input) {
                let sentence = sentences[candidate.sentenceIndex]
                let attribution = attributions[candidate.sentenceIndex]
                let quote = Self.slice(sentence.text, from: candidate.start - sentence.start, to: candidate.end - sentence.start)
                facts.append(Fact(
                    file: document.file, start: candidate.start, end: candidate.end, quote: quote,
                    source: candidate.source ?? attribution.source, stance: candidate.stance ?? attribution.stance,
                    payload: candidate.payload
                ))
            }
        }
        return facts.sorted { ($0.start, $0.end, $0.type.rawValue) < ($1.start, $1.end, $1.type.rawValue) }
    }

    /// The scalars `from..<to` of `text`, clamped to its bounds.
    static func slice(_ text: String, from: Int, to: Int) -> String {
        let scalars = text.unicodeScalars
        let lower = max(0, min(from, scalars.count))
        let upper = max(lower, min(to, scalars.count))
        let startIndex = scalars.index(scalars.startIndex, offsetBy: lower)
        let endIndex = scalars.index(startIndex, offsetBy: upper - lower)
        return String(scalars[startIndex..<endIndex])
    }
}
