/// Finds Actor facts. PLACEHOLDER until the extraction stage fills it in.
public struct ActorExtractor: TypeExtractor {
    public init() {}

    public func candidates(in input: ExtractionInput) -> [FactCandidate] {
        []
    }
}
