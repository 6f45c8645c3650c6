/// Decides the speaker and stance of each sentence of a document.
///
/// PLACEHOLDER: the document kind's default only. The extraction stage replaces it with
/// reported-speech cues ("T-Mobile said", "the hacker claimed") and hedges.
public struct AttributionResolver: Sendable {
    public init() {}

    public func attributions(for sentences: [Sentence], in document: ParsedDocument) -> [Attribution] {
        let source: SourceRole = switch document.kind {
        case .secFiling, .pressRelease, .companyNotice: .company
        case .forum: .attacker
        default: .media
        }
        return Array(repeating: Attribution(source: source, stance: source == .attacker ? .claimed : .confirmed), count: sentences.count)
    }
}
