/// The `NumberParser.mention` at every token of one sentence's number tokens, worked out once.
///
/// Why: the count and the money extractors both ask for the mention starting at nearly every token
/// of every sentence that may hold a number, and parsing it was a fifth of each; now the fact
/// builder parses each position once and both read the answers. Sparse: most tokens start no
/// number, so a position holds an index into `mentions` or -1.
///
/// The tables of one document share two arrays (`tables(for:)`): two arrays per sentence cost
/// more in allocation and freeing than the look-ups they serve.
public struct NumberMentionTable: Sendable {
    /// Per token, the index of its mention in `mentions` (an index of the shared array), or -1.
    private var positions: ArraySlice<Int32>
    private var mentions: ArraySlice<NumberMention>

    /// Parses the mention at each position of `tokens`.
    public init(tokens: [TextToken]) {
        var positions: [Int32] = []
        var mentions: [NumberMention] = []
        Self.parse(tokens, positions: &positions, mentions: &mentions)
        self.positions = positions[...]
        self.mentions = mentions[...]
    }

    private init(positions: ArraySlice<Int32>, mentions: ArraySlice<NumberMention>) {
        self.positions = positions
        self.mentions = mentions
    }

    /// One table per sentence, nil where the sentence has no tokens (`tokens[index]` is nil); the
    /// same tables as `init(tokens:)` gives, kept in two arrays for the whole document.
    public static func tables(for tokens: [[TextToken]?]) -> [NumberMentionTable?] {
        var positions: [Int32] = []
        positions.reserveCapacity(tokens.reduce(0) { $0 + ($1?.count ?? 0) })
        var mentions: [NumberMention] = []
        var bounds: [(positions: Range<Int>, mentions: Range<Int>)?] = []
        bounds.reserveCapacity(tokens.count)
        for sentence in tokens {
            guard let sentence else {
                bounds.append(nil)
                continue
            }
            let firstPosition = positions.count, firstMention = mentions.count
            parse(sentence, positions: &positions, mentions: &mentions)
            bounds.append((firstPosition..<positions.count, firstMention..<mentions.count))
        }
        // Sliced only now: a slice taken while the arrays still grew would have made them copy.
        return bounds.map { bound in
            bound.map { NumberMentionTable(positions: positions[$0.positions], mentions: mentions[$0.mentions]) }
        }
    }

    /// Appends a position per token of `tokens` and the mentions they start.
    private static func parse(_ tokens: [TextToken], positions: inout [Int32], mentions: inout [NumberMention]) {
        let base = positions.count
        positions.append(contentsOf: repeatElement(-1, count: tokens.count))
        for position in tokens.indices where NumberParser.mayStart(tokens[position]) {
            guard let mention = NumberParser.mention(in: tokens, at: position) else { continue }
            positions[base + position] = Int32(mentions.count)
            mentions.append(mention)
        }
    }

    /// `NumberParser.mention(in: tokens, at: position)` for the tokens the table was built from.
    public func mention(at position: Int) -> NumberMention? {
        guard position >= 0, position < positions.count else { return nil }
        let index = Int(positions[positions.startIndex + position])
        return index < 0 ? nil : mentions[index]
    }
}
