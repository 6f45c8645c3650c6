/// Finds Date facts. PLACEHOLDER until the extraction stage fills it in.
public struct DateExtractor: TypeExtractor {
    public init() {}

    public func candidates(in input: ExtractionInput) -> [FactCandidate] {
        []
    }
}
