/// Finds DataType facts. PLACEHOLDER until the extraction stage fills it in.
public struct DataTypeExtractor: TypeExtractor {
    public init() {}

    public func candidates(in input: ExtractionInput) -> [FactCandidate] {
        []
    }
}
