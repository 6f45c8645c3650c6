/// A count of card accounts ("40 million credit and debit card accounts") counts accounts: the
/// breach's affected population (slot `count`, unit group accounts), compared with the people and
/// account counts of the incident, not one data item among others. A count of cards ("354,000
/// unexpired cards") or of card numbers, data or details ("209,000 credit card numbers") stays a
/// count of the data item: it is often a part of the people affected (the cards of some guests).
enum CardAccountCues {
    /// Words that may stand between the figure and "card(s)" ("40 million credit and debit cards").
    static let modifiers: Set<String> = ["credit", "debit", "and", "or", "payment", "bank", "customer", "customers'", "u.s.",
                                         "unique", "stolen", "compromised", "affected", "of", "their", "the"]

    /// Whether the figure `value` in `quote` counts payment cards (card accounts).
    static func countsCards(_ value: Int64, in quote: String) -> Bool {
        let tokens = FigureCues.tokens(quote)
        guard let position = tokens.indices.first(where: {
            FigureCues.value(at: $0, tokens).map { ValueBounds.samePoint(Int64($0), value) } ?? false
        }) else { return false }
        var index = position + 1
        // Skip the figure's own scale word ("40 million").
        while index < tokens.count, ["million", "billion", "thousand", "m", "bn"].contains(tokens[index].lower) { index += 1 }
        var skipped = 0
        while index < tokens.count, skipped <= DataItemCues.maxGap {
            let word = tokens[index].lower
            if word == "card" || word == "cards" {
                let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
                return next == "accounts" || next == "account"
            }
            guard modifiers.contains(word) else { return false }
            index += 1
            skipped += 1
        }
        return false
    }
}
