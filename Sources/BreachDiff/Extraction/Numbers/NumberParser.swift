/// Reads numbers from tokens: digits with grouping and decimals, glued and spelled scales,
/// spelled numbers with a scale, vague quantities and ranges.
///
/// Shared by the count and money extractors; other extractors may call it too.
public enum NumberParser {
    /// Every number mention of `tokens`, left to right, none overlapping.
    public static func mentions(in tokens: [TextToken]) -> [NumberMention] {
        var result: [NumberMention] = []
        var index = 0
        while index < tokens.count {
            if let mention = mention(in: tokens, at: index) {
                result.append(mention)
                index = mention.endToken
            } else {
                index += 1
            }
        }
        return result
    }

    /// The number that starts at token `index`, with a range ("5-7 million", "between 5 and 7
    /// million") folded in; nil when no number starts there.
    public static func mention(in tokens: [TextToken], at index: Int) -> NumberMention? {
        guard let first = single(in: tokens, at: index) else { return nil }
        var mention = first.mention
        guard !mention.percent, !mention.glued, !mention.vague else { return mention }
        var connector = mention.endToken
        guard connector < tokens.count else { return mention }
        let link = tokens[connector]
        let between = index > 0 && tokens[index - 1].isWord("between")
        let joins = link.isWord("to") || link.isSymbol("-") || link.isSymbol("\u{2013}")
            || (between && link.isWord("and"))
        guard joins else { return mention }
        connector += 1
        guard let second = single(in: tokens, at: connector), !second.mention.percent, !second.mention.glued,
              !second.mention.vague, second.mention.scaled || second.mention.grouped else { return mention }
        var low = mention.value
        if first.scale == 1, second.scale > 1 {
            // "5-7 million": the scale written once applies to both ends.
            low = scaled(first.integer, first.fraction, first.fractionDigits, second.scale) ?? low
        }
        let high = second.mention.value
        guard low < high else { return mention }
        mention.value = low
        mention.low = low
        mention.high = high
        mention.scaled = true
        mention.endToken = second.mention.endToken
        mention.end = second.mention.end
        return mention
    }

    /// False only for a token no number starts at (`mention(in:at:)` is nil there): a symbol, or a
    /// word whose first byte no spelled number starts with. Exact: the same tests `single` and
    /// `words` begin with, asked before the call.
    @inline(__always)
    static func mayStart(_ token: TextToken) -> Bool {
        switch token.kind {
        case .number: return true
        case .symbol: return false
        case .word:
            guard let lead = token.text.utf8.first else { return false }
            return lead >= 0x80 || NumberWords.mayLead(lead)
        }
    }

    /// A number without a range, with what a range needs to rescale it.
    struct Single {
        var mention: NumberMention
        var integer: Int64
        var fraction: Int64
        var fractionDigits: Int
        var scale: Int64
    }

    static func single(in tokens: [TextToken], at index: Int) -> Single? {
        // A range connector can be a text's last token ("between 5 and", "2017 -").
        guard tokens.indices.contains(index) else { return nil }
        let token = tokens[index]
        switch token.kind {
        case .number: return digits(in: tokens, at: index)
        case .word: return words(in: tokens, at: index)
        case .symbol: return nil
        }
    }

    private static func digits(in tokens: [TextToken], at index: Int) -> Single? {
        let token = tokens[index]
        guard let parsed = DigitString(token.text) else { return nil }
        var next = index + 1
        var scale: Int64 = 1
        var glued = false
        if next < tokens.count, tokens[next].kind == .word, !tokens[next].spaced {
            if let suffix = NumberWords.suffixes[tokens[next].text] {
                scale = suffix
            } else {
                glued = true
            }
            next += 1
        } else if next < tokens.count, tokens[next].kind == .word, let word = NumberWords.scale(tokens[next].text) {
            scale = word
            next += 1
        }
        guard let value = scaled(parsed.integer, parsed.fraction, parsed.fractionDigits, scale) else { return nil }
        var mention = NumberMention(value: value, firstToken: index, endToken: next, start: token.start, end: tokens[next - 1].end)
        mention.scaled = scale > 1
        mention.grouped = parsed.grouped
        mention.glued = glued
        if next < tokens.count {
            let after = tokens[next]
            if after.isSymbol("%") || after.isWord("percent") {
                mention.percent = true
                next += 1
            } else if after.isWord("per"), next + 1 < tokens.count, tokens[next + 1].isWord("cent") {
                mention.percent = true
                next += 2
            } else if after.isSymbol("+"), !after.spaced {
                mention.plus = true
                next += 1
            }
            mention.endToken = next
            mention.end = tokens[next - 1].end
        }
        return Single(mention: mention, integer: parsed.integer, fraction: parsed.fraction,
                      fractionDigits: parsed.fractionDigits, scale: scale)
    }

    private static func words(in tokens: [TextToken], at index: Int) -> Single? {
        let word = tokens[index].text
        // Every word this accepts starts with one of a few ASCII letters ("a", "half", "tens",
        // a spelled number or "thirty-..."); most words are rejected by one bit test.
        guard let lead = word.utf8.first, lead >= 0x80 || NumberWords.mayLead(lead) else { return nil }
        var next = index + 1
        func scaleWord(at position: Int) -> Int64? {
            position < tokens.count && tokens[position].kind == .word ? NumberWords.scale(tokens[position].text) : nil
        }
        var base: Int64
        // The byte count first: most words have none of these lengths, and a failed `==` on two
        // different short strings takes the slow comparison path.
        let length = word.utf8.count
        if (length == 1 && word == "a") || (length == 2 && word == "an") {
            base = 1
        } else if length == 4, word == "half", next + 1 < tokens.count, tokens[next].isWord("a") {
            next += 1
            guard let scale = scaleWord(at: next) else { return nil }
            return make(value: scale / 2, scale: scale, from: index, to: next + 1, in: tokens, spelled: true)
        } else if let value = NumberWords.spelled(word) {
            base = value
            if next < tokens.count, tokens[next].isWord("hundred") {
                base *= 100
                next += 1
            }
        } else if (length == 4 && word == "tens") || (length == 8 && word == "hundreds") {
            // "tens of millions", "hundreds of thousands": a range of one order of magnitude.
            // A bare "millions of" is too vague to count and is left alone.
            guard next + 1 < tokens.count, tokens[next].isWord("of"),
                  let plural = NumberWords.pluralScales[tokens[next + 1].text] else { return nil }
            let low = (word == "tens" ? 10 : 100) * plural
            var single = make(value: low, scale: plural, from: index, to: next + 2, in: tokens, spelled: true)
            single?.mention.vague = true
            single?.mention.low = low
            single?.mention.high = low * 10
            return single
        } else {
            return nil
        }
        // A spelled number only counts with its scale: "seven million", not "seven days".
        guard let scale = scaleWord(at: next) else { return nil }
        return make(value: base * scale, scale: scale, from: index, to: next + 1, in: tokens, spelled: true)
    }

    private static func make(value: Int64, scale: Int64, from: Int, to: Int, in tokens: [TextToken], spelled: Bool) -> Single? {
        var mention = NumberMention(value: value, firstToken: from, endToken: to, start: tokens[from].start, end: tokens[to - 1].end)
        mention.scaled = true
        mention.spelled = spelled
        if to < tokens.count, tokens[to].isSymbol("+"), !tokens[to].spaced {
            mention.plus = true
            mention.endToken = to + 1
            mention.end = tokens[to].end
        }
        return Single(mention: mention, integer: value / scale, fraction: 0, fractionDigits: 0, scale: scale)
    }

    /// `integer.fraction × scale` in whole units, nil on overflow.
    static func scaled(_ integer: Int64, _ fraction: Int64, _ fractionDigits: Int, _ scale: Int64) -> Int64? {
        let (whole, overflow) = integer.multipliedReportingOverflow(by: scale)
        guard !overflow else { return nil }
        guard fractionDigits > 0 else { return whole }
        var divisor: Int64 = 1
        for _ in 0..<fractionDigits { divisor *= 10 }
        let (part, partOverflow) = fraction.multipliedReportingOverflow(by: scale)
        guard !partOverflow else { return nil }
        return whole + part / divisor
    }
}
