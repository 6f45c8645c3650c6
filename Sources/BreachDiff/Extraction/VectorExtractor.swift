/// Finds Vector facts. PLACEHOLDER until the extraction stage fills it in.
public struct VectorExtractor: TypeExtractor {
    public init() {}

    public func candidates(in input: ExtractionInput) -> [FactCandidate] {
        []
    }
}
