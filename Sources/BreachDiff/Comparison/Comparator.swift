/// The comparison stage: a folder's facts in, incidents and discrepancies out. Pure.
///
/// PLACEHOLDER: one incident per company and nothing compared yet.
public struct Comparator: Sendable {
    public init() {}

    public func compare(documents: [DocumentInfo], facts: [Fact]) -> Comparison {
        Comparison()
    }
}
