/// Finds Money facts: settlements, fines, incident costs, security investments and ransoms.
///
/// An amount needs a currency: a symbol or code before it ("$350 million", "US$1.35 billion",
/// "GBP 99.2 million") or a currency noun after it ("80 million dollars"). A scaled figure right
/// after "pay"/"paid" with no unit ("agreed to pay 190 million more") takes the document's last
/// currency. A conversion in parentheses after another amount ("(£125 million)") is skipped, and
/// within one document a rounded restatement of a more precise sum ("£18 million" beside
/// "£18.4 million") is dropped. The event comes from `MoneyEventClassifier`; a sum without one is
/// not a fact.
public struct MoneyExtractor: TypeExtractor {
    /// Creates the extractor.
    public init() {}

    /// The money candidates of a document, in sentence order.
    public func candidates(in input: ExtractionInput) -> [FactCandidate] {
        var result: [FactCandidate] = []
        var lastCurrency: String?
        for (index, sentence) in input.sentences.enumerated() {
            guard let tokens = input.numberTokens(of: index) else { continue }
            var position = 0
            var previousAmountEnd = -10
            while position < tokens.count {
                guard let mention = input.numberMention(in: index, at: position, tokens: tokens), !mention.percent, !mention.glued else {
                    position += 1
                    continue
                }
                position = mention.endToken
                guard let amount = Self.amount(mention, in: tokens, lastCurrency: lastCurrency) else { continue }
                lastCurrency = amount.currency
                defer { previousAmountEnd = amount.tokens.upperBound }
                // "150 million dollars (£125 million)": a conversion of the amount just before.
                let opening = amount.tokens.lowerBound - 1
                if opening >= 0, tokens[opening].isSymbol("("), opening - previousAmountEnd <= 1 { continue }
                // "$8 from the lawsuit": a per-person payout, not a corporate sum; so is "up to
                // $10,000 each" and "$100 per driver", whatever its size. An insurance recovery
                // offsets a cost and is none itself.
                guard amount.values.allSatisfy({ $0 >= 1_000 }),
                      !Self.isPerPerson(after: amount.tokens, in: tokens),
                      !Self.isInsuranceOffset(amount.tokens, in: tokens),
                      let event = MoneyEventClassifier.event(in: tokens, amount: amount.tokens) else { continue }
                // "a record £183 million fine on <another firm>": a penalty that names its target,
                // when the target is not this document's company, is someone else's fine.
                if [.fine, .settlement].contains(event),
                   let target = Self.penaltyTarget(after: amount.tokens, in: tokens),
                   case let anchors = input.company.anchors, !anchors.isEmpty, !anchors.contains(target) { continue }
                // A fine is the regulator's statement when the sentence has it impose one.
                let source: SourceRole? = event == .fine && MoneyEventClassifier.regulatorImposes(tokens) ? .regulator : nil
                let clause = ClauseSpan.tokens(tokens, around: amount.tokens, reach: 12)
                for value in amount.values {
                    result.append(FactCandidate(
                        payload: .money(MoneyFact(event: event, value: value, currency: amount.currency)),
                        sentenceIndex: index, start: sentence.start + tokens[clause.lowerBound].start,
                        end: sentence.start + tokens[clause.upperBound - 1].end, source: source
                    ))
                }
            }
        }
        return Self.withoutRoundedRestatements(result)
    }

    /// Words between an amount and its penalty noun ("record", "proposed") and the nouns themselves.
    static let penaltyNouns: Set<String> = ["fine", "fines", "penalty", "penalties"]
    static let targetPrepositions: Set<String> = ["on", "against"]

    /// The first word of the name a penalty right after the amount is imposed on ("£183 million
    /// fine on Acme Airways" -> "acme"), or nil when none is named.
    static func penaltyTarget(after amount: Range<Int>, in tokens: [TextToken]) -> String? {
        var position = amount.upperBound
        let limit = min(tokens.count, amount.upperBound + 3)
        while position < limit, !penaltyNouns.contains(tokens[position].text) { position += 1 }
        guard position + 2 < tokens.count, penaltyNouns.contains(tokens[position].text),
              targetPrepositions.contains(tokens[position + 1].text) else { return nil }
        let name = tokens[position + 2]
        return name.kind == .word && name.capitalized ? name.text : nil
    }

    /// Whether the amount is paid per head: "each", "apiece" or "per <noun>" right after it
    /// ("up to $10,000 each", "$100 per driver").
    static func isPerPerson(after amount: Range<Int>, in tokens: [TextToken]) -> Bool {
        guard amount.upperBound < tokens.count, tokens[amount.upperBound].kind == .word else { return false }
        let next = tokens[amount.upperBound].text
        if next == "each" || next == "apiece" { return true }
        return next == "per" && amount.upperBound + 1 < tokens.count && tokens[amount.upperBound + 1].kind == .word
    }

    /// Words that may stand between "insurance" and the amount it names ("insurance recoveries
    /// of $90 million", "$44 million of expected insurance proceeds").
    static let insuranceFillers: Set<String> = [
        "recoveries", "recovery", "proceeds", "receivable", "receivables", "reimbursement", "reimbursements",
        "payments", "of", "in", "expected", "anticipated", "probable", "estimated",
    ]

    /// Whether the amount is the insurance part of a cost: "insurance" just before it, or "of/in
    /// (expected) insurance" just after it. "$162 million after expected insurance payments" is
    /// the net cost and stays ("after" is no filler).
    static func isInsuranceOffset(_ amount: Range<Int>, in tokens: [TextToken]) -> Bool {
        var position = amount.lowerBound - 1
        while position >= max(0, amount.lowerBound - 4), tokens[position].kind == .word {
            if tokens[position].text == "insurance" { return true }
            guard insuranceFillers.contains(tokens[position].text) else { break }
            position -= 1
        }
        position = amount.upperBound
        guard position < tokens.count, tokens[position].isWord("of") || tokens[position].isWord("in") else { return false }
        position += 1
        while position < min(tokens.count, amount.upperBound + 4), tokens[position].kind == .word {
            if tokens[position].text == "insurance" { return true }
            guard insuranceFillers.contains(tokens[position].text) else { return false }
            position += 1
        }
        return false
    }

    /// A sum as written: its values (two for "$100 to $150 million"), currency and tokens.
    struct Amount {
        var values: [Int64]
        var currency: String
        var tokens: Range<Int>
    }

    static func amount(_ mention: NumberMention, in tokens: [TextToken], lastCurrency: String?) -> Amount? {
        // The values array is built only for a sum: most numbers have no currency, and building it
        // first allocated and freed an array for every number of the document.
        if let before = CurrencyReader.before(tokens, mention.firstToken) {
            var end = mention.endToken
            if let after = CurrencyReader.after(tokens, end) { end = after.end }
            return Amount(values: values(of: mention), currency: before.currency, tokens: before.start..<end)
        }
        if let after = CurrencyReader.after(tokens, mention.endToken) {
            return Amount(values: values(of: mention), currency: after.currency, tokens: mention.firstToken..<after.end)
        }
        // "agreed to pay 190 million more to those affected": only money can be paid.
        let first = mention.firstToken
        guard mention.scaled, first > 0, payVerbs.contains(tokens[first - 1].text),
              CountUnitReader.read(tokens, after: mention.endToken) == .bare else { return nil }
        return Amount(values: values(of: mention), currency: lastCurrency ?? "USD", tokens: first..<mention.endToken)
    }

    static let payVerbs: Set<String> = ["pay", "paid", "pays", "paying"]

    /// The values a mention states: two for a range ("$100 to $150 million"), else one.
    static func values(of mention: NumberMention) -> [Int64] {
        mention.isRange ? [mention.low ?? mention.value, mention.high ?? mention.value] : [mention.value]
    }

    /// Drops "£18 million" when the same document states "£18.4 million" for the same event:
    /// the same sum, rounded.
    static func withoutRoundedRestatements(_ candidates: [FactCandidate]) -> [FactCandidate] {
        let facts = candidates.compactMap { candidate -> MoneyFact? in
            if case .money(let money) = candidate.payload { return money }
            return nil
        }
        return candidates.filter { candidate in
            guard case .money(let money) = candidate.payload else { return true }
            return !facts.contains { other in
                other.currency == money.currency && other.event == money.event && other.value != money.value
                    && isRounding(money.value, of: other.value)
            }
        }
    }

    /// Whether `rounded` is `precise` with trailing digits dropped (18,000,000 of 18,400,000).
    static func isRounding(_ rounded: Int64, of precise: Int64) -> Bool {
        guard rounded > 0, precise > rounded else { return false }
        var unit: Int64 = 1
        while rounded % (unit * 10) == 0 { unit *= 10 }
        return precise / unit == rounded / unit && precise - rounded < unit && Double(precise - rounded) / Double(precise) < 0.05
    }
}
