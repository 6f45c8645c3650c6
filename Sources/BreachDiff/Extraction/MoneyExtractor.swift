/// Finds Money facts. PLACEHOLDER until the extraction stage fills it in.
public struct MoneyExtractor: TypeExtractor {
    public init() {}

    public func candidates(in input: ExtractionInput) -> [FactCandidate] {
        []
    }
}
