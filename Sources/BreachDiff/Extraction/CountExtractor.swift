/// Finds Count facts. PLACEHOLDER until the extraction stage fills it in.
public struct CountExtractor: TypeExtractor {
    public init() {}

    public func candidates(in input: ExtractionInput) -> [FactCandidate] {
        []
    }
}
