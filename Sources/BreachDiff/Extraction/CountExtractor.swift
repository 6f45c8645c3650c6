/// Finds Count facts: how many people, accounts or records a breach affected.
///
/// For every number of a sentence (see `NumberParser`) it reads the unit after it
/// (`CountUnitReader`), the qualifier before it (`CountQualifierReader`) and rejects what is
/// not an affected population: money, percentages without a base, years, labels ("item 1.05"),
/// durations and other nouns, and a company's size ("which has more than 100 million customers").
/// A figure without a noun ("and 6 million in Canada") takes the unit of the count before it.
/// The rules are described in `docs/counts-money.md`.
public struct CountExtractor: TypeExtractor {
    /// Creates the extractor.
    public init() {}

    /// The count candidates of a document, in sentence order.
    public func candidates(in input: ExtractionInput) -> [FactCandidate] {
        var result: [FactCandidate] = []
        var lastUnit: String?
        for (index, sentence) in input.sentences.enumerated() {
            guard let tokens = input.numberTokens(of: index) else { continue }
            var position = 0
            while position < tokens.count {
                guard let mention = input.numberMention(in: index, at: position, tokens: tokens) else {
                    position += 1
                    continue
                }
                position = mention.endToken
                let next = index + 1 < input.sentences.count && input.sentences[index + 1].blockIndex == sentence.blockIndex
                    ? input.sentences[index + 1].text : nil
                guard let found = CountReading.read(mention, in: tokens, lastUnit: lastUnit,
                                                    continuation: { next.map(TextTokenizer.tokens(of:)) }) else { continue }
                position = max(position, found.consumed)
                lastUnit = found.fact.unit
                let clause = ClauseSpan.tokens(tokens, around: found.core)
                let override = AttackerClaimCue.override(tokens, before: mention.firstToken)
                result.append(FactCandidate(
                    payload: .count(found.fact), sentenceIndex: index,
                    start: sentence.start + tokens[clause.lowerBound].start,
                    end: sentence.start + tokens[clause.upperBound - 1].end,
                    source: override?.source, stance: override?.stance
                ))
            }
        }
        return result
    }

    /// Cheap filter before tokenizing: a digit, or a spelled scale ("million", "thousand").
    static func mayHoldNumber(_ text: String) -> Bool {
        mayHoldNumber(text.utf8)
    }

    /// The same over any UTF-8 bytes; the last two bytes are kept in locals, not an array.
    static func mayHoldNumber<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var second: UInt8 = 0, last: UInt8 = 0
        for byte in bytes {
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { return true }
            let lower = byte | 0x20
            // "illion" / "housand": look for "lli" and "usa" (case-insensitive) as a cheap proxy.
            if lower == UInt8(ascii: "i"), second == UInt8(ascii: "l"), last == UInt8(ascii: "l") { return true }
            if lower == UInt8(ascii: "a"), second == UInt8(ascii: "u"), last == UInt8(ascii: "s") { return true }
            second = last
            last = lower
        }
        return false
    }
}
