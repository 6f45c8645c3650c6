/// The `NumberParser.mention` at every token of one sentence's number tokens, worked out once.
///
/// Why: the count and the money extractors both ask for the mention starting at nearly every token
/// of every sentence that may hold a number, and parsing it was a fifth of each; now the fact
/// builder parses each position once and both read the answers. Sparse: most tokens start no
/// number, so a position holds an index into `mentions` or -1.
public struct NumberMentionTable: Sendable {
    private var positions: [Int32]
    private var mentions: [NumberMention]

    /// Parses the mention at each position of `tokens`.
    public init(tokens: [TextToken]) {
        positions = [Int32](repeating: -1, count: tokens.count)
        mentions = []
        for position in tokens.indices where NumberParser.mayStart(tokens[position]) {
            guard let mention = NumberParser.mention(in: tokens, at: position) else { continue }
            // Room for a few at the first: growing one by one reallocated the array each time.
            if mentions.isEmpty { mentions.reserveCapacity(8) }
            positions[position] = Int32(mentions.count)
            mentions.append(mention)
        }
    }

    /// `NumberParser.mention(in: tokens, at: position)` for the tokens the table was built from.
    public func mention(at position: Int) -> NumberMention? {
        guard position >= 0, position < positions.count else { return nil }
        let index = Int(positions[position])
        return index < 0 ? nil : mentions[index]
    }
}
