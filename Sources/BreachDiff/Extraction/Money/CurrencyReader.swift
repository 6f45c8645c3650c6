/// Finds the currency written with an amount: "$", "US$", "C$", "£", "€", "USD 2.3 million",
/// "350 million US dollars", "80 million dollars".
enum CurrencyReader {
    /// Currency symbols to ISO codes; a "$" alone is US dollars.
    static let symbols: [String: String] = ["$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR"]

    /// Letters glued before "$" ("US$", "C$", "A$").
    static let dollarPrefixes: [String: String] = [
        "us": "USD", "u.s.": "USD", "c": "CAD", "ca": "CAD", "can": "CAD", "a": "AUD", "au": "AUD", "nz": "NZD",
        "hk": "HKD", "s": "SGD", "r": "BRL", "mx": "MXN",
    ]

    /// ISO codes written as words before or after the amount.
    static let codes: [String: String] = [
        "usd": "USD", "gbp": "GBP", "eur": "EUR", "cad": "CAD", "aud": "AUD", "jpy": "JPY", "chf": "CHF",
        "inr": "INR", "nzd": "NZD", "sgd": "SGD", "hkd": "HKD",
    ]

    /// Currency nouns after the amount.
    static let nouns: [String: String] = [
        "dollars": "USD", "dollar": "USD", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "euros": "EUR",
        "euro": "EUR", "yen": "JPY", "francs": "CHF", "rupees": "INR",
    ]

    /// Adjectives naming the dollar ("Canadian dollars").
    static let dollarAdjectives: [String: String] = [
        "us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
        "singapore": "SGD", "hong": "HKD", "new": "NZD",
    ]

    /// Every word key of `codes`, `nouns` and `dollarAdjectives`. Why: the readers are asked about
    /// the words around every number, and one hashed probe rejects nearly all of them before any
    /// `String`-keyed dictionary is hashed (same answers: the keys are ASCII, see `WordSet`).
    static let wordKeys = WordSet(Array(codes.keys) + Array(nouns.keys) + Array(dollarAdjectives.keys))

    /// The keys of `symbols`, for the same reason (no other scalar is canonically equal to one of them).
    static let symbolKeys = WordSet(symbols.keys)

    /// The currency written before token `index` and the first token of the currency marker.
    static func before(_ tokens: [TextToken], _ index: Int) -> (currency: String, start: Int)? {
        guard index > 0 else { return nil }
        let previous = tokens[index - 1]
        if previous.kind == .symbol, symbolKeys.contains(previous.text), let currency = symbols[previous.text] {
            if previous.text == "$", index >= 2, tokens[index - 2].kind == .word, !previous.spaced,
               let prefixed = dollarPrefixes[tokens[index - 2].text] {
                return (prefixed, index - 2)
            }
            return (currency, index - 1)
        }
        if previous.kind == .word, wordKeys.contains(previous.text), let currency = codes[previous.text] { return (currency, index - 1) }
        return nil
    }

    /// The currency written after the amount ending before token `index` and the token past it.
    static func after(_ tokens: [TextToken], _ index: Int) -> (currency: String, end: Int)? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        let word = tokens[index].text
        guard wordKeys.contains(word) else { return nil }
        if let currency = codes[word] { return (currency, index + 1) }
        if let currency = nouns[word] { return (currency, index + 1) }
        if let adjective = dollarAdjectives[word], index + 1 < tokens.count {
            let next = tokens[index + 1].text
            if next == "dollars" || next == "dollar" { return (adjective, index + 2) }
            if word == "hong", next == "kong", index + 2 < tokens.count, tokens[index + 2].text == "dollars" {
                return (adjective, index + 3)
            }
        }
        return nil
    }
}
