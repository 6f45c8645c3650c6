/// Which data item a count counts, when the quote names one next to the number:
/// "140,000 Social Security numbers", "credit card numbers for 209,000 consumers",
/// "4,700 customers whose Social Security numbers ...". A count that names two or more items
/// ("names and birthdates of 146.6 million") counts people, not one item.
enum DataItemCues {
    /// Phrases (as word sequences) per data-type key. General English only.
    static let phrases: [(DataTypeKey, [String])] = [
        (.ssn, ["social", "security"]), (.ssn, ["ssn"]), (.ssn, ["ssns"]),
        (.governmentId, ["social", "insurance"]), (.governmentId, ["government", "id"]),
        (.bankAccount, ["bank", "account"]), (.bankAccount, ["bank", "accounts"]),
        (.paymentCard, ["credit", "card"]), (.paymentCard, ["payment", "card"]), (.paymentCard, ["payment", "cards"]),
        (.paymentCard, ["payment-card"]), (.paymentCard, ["cards"]), (.paymentCard, ["debit", "card"]),
        (.passport, ["passport"]), (.driversLicense, ["driver's", "license"]), (.driversLicense, ["driving", "license"]),
        (.driversLicense, ["driving", "licence"]), (.driversLicense, ["driver", "licenses"]),
        (.email, ["email"]), (.email, ["e-mail"]), (.phone, ["phone", "numbers"]), (.phone, ["phone", "number"]),
        (.phone, ["telephone"]), (.dateOfBirth, ["birthdates"]), (.dateOfBirth, ["dates", "of", "birth"]),
        (.dateOfBirth, ["date", "of", "birth"]), (.name, ["names"]), (.name, ["name"]), (.postalAddress, ["addresses"]),
        (.taxId, ["taxids"]), (.taxId, ["tax", "id"]), (.taxId, ["tax", "ids"]), (.password, ["passwords"]),
        (.accountPin, ["pins"]), (.imei, ["imei"]), (.imsi, ["imsi"]), (.sourceCode, ["source", "code"]),
    ]

    /// Keys of `phrases`: data items a figure can count one by one (numbers, cards, passports),
    /// not categories of data (health, financial or call records).
    static let countableItems: Set<DataTypeKey> = Set(phrases.map(\.0))

    /// Whether a figure can count `key` item by item.
    static func isCountableItem(_ key: DataTypeKey) -> Bool { countableItems.contains(key) }

    /// "information of about 100 million people", "logs of 110 million accounts": the figure
    /// follows "of" (a qualifier between allowed), so it counts whose data it is.
    static func countsOwners(_ value: Int64, in quote: String) -> Bool {
        let tokens = FigureCues.tokens(quote)
        guard let position = tokens.indices.first(where: { index in
            FigureCues.value(at: index, tokens).map { ValueBounds.samePoint(Int64($0), value) } ?? false
        }) else { return false }
        return tokens[max(0, position - 4)..<position].contains { $0.lower == "of" }
    }

    static let holderNouns: Set<String> = ["holders", "holder", "customers", "users", "members", "applicants", "clients"]

    /// Words a quote may put between a number and the item it counts ("5.25 million unencrypted passport").
    static let maxGap = 4

    /// The single data item named within `maxGap` words of the number, or nil.
    static func dataItem(in quote: String, value: Int64) -> DataTypeKey? {
        let tokens = QuoteCues.words(quote)
        var found = matches(tokens)
        // "140,000 Social Security numbers ... and 80,000 bank account numbers": with several
        // items, the one right after the figure (before the next figure) is what it counts.
        if Set(found.map(\.0)).count > 1, !tokens.contains("whose"), let key = itemAfterFigure(value, in: quote) {
            return key
        }
        // "customers whose Social Security numbers ...": the item after "whose" is what is counted.
        if let whoseIndex = tokens.firstIndex(of: "whose") {
            found = found.filter { $0.1 > whoseIndex }
        }
        let keys = Set(found.map(\.0))
        guard keys.count == 1, let key = keys.first else { return nil }
        let numberIndex = numberPosition(tokens)
        guard let numberIndex else { return key }
        let whose = tokens.contains("whose")
        let near = found.contains { abs($0.1 - numberIndex) <= maxGap + 2 }
        // "six million Canadians and one million social insurance numbers": the item belongs to
        // the figure nearest to it, not to every figure of the quote.
        guard near || whose, figureCounts(value, item: key, in: quote) else { return nil }
        return key
    }

    /// The single item named within `maxGap` words after the figure and before the next figure.
    static func itemAfterFigure(_ value: Int64, in quote: String) -> DataTypeKey? {
        let tokens = FigureCues.tokens(quote)
        let numbers = tokens.indices.filter { FigureCues.value(at: $0, tokens) != nil }
        guard let position = numbers.first(where: { ValueBounds.samePoint(Int64(FigureCues.value(at: $0, tokens)!), value) })
        else { return nil }
        let next = numbers.first { $0 > position + 1 } ?? tokens.count
        let end = min(next, position + 2 + maxGap + 2, tokens.count)
        guard position + 1 < end else { return nil }
        let window = QuoteCues.words(tokens[(position + 1)..<end].map(\.text).joined(separator: " "))
        let keys = Set(matches(window).filter { $0.1 <= maxGap + 1 }.map(\.0))
        return keys.count == 1 ? keys.first : nil
    }

    /// Whether the figure `value` is what a mention of `key` in `quote` counts: with several
    /// figures in the quote, each mention of the item belongs to the figure nearest to it ("credit
    /// card numbers for 209,000 consumers, and dispute documents for 182,000": the cards are the
    /// 209,000). True when the quote has one figure, or the figure or the item cannot be located.
    static func figureCounts(_ value: Int64, item key: DataTypeKey, in quote: String) -> Bool {
        let tokens = FigureCues.tokens(quote)
        let figures = tokens.indices.filter { FigureCues.value(at: $0, tokens) != nil }
        guard figures.count > 1,
              let position = figures.first(where: { ValueBounds.samePoint(Int64(FigureCues.value(at: $0, tokens)!), value) })
        else { return true }
        let words = tokens.map { $0.lower.replacingOccurrences(of: "\u{2019}", with: "'") }
        let mentions = matches(words).filter { $0.0 == key }.map(\.1)
        guard !mentions.isEmpty else { return true }
        return mentions.contains { mention in
            figures.min { (abs($0 - mention), $0) < (abs($1 - mention), $1) } == position
        }
    }

    /// Every data-item phrase of the tokens with its position ("credit card holders" excluded).
    static func matches(_ tokens: [String]) -> [(DataTypeKey, Int)] {
        var found: [(DataTypeKey, Int)] = []
        var start = 0
        while start < tokens.count {
            var matched = false
            for (key, phrase) in phrases where start + phrase.count <= tokens.count {
                let next = start + phrase.count < tokens.count ? tokens[start + phrase.count] : ""
                // "credit card holders", "card customers": the item names the people, who are counted.
                if Array(tokens[start..<(start + phrase.count)]) == phrase, !holderNouns.contains(next) {
                    found.append((key, start))
                    start += phrase.count
                    matched = true
                    break
                }
            }
            if !matched { start += 1 }
        }
        return found
    }

    /// The index of the first token that reads as a figure ("140,000" splits, so digits or a scale word).
    static func numberPosition(_ tokens: [String]) -> Int? {
        let scale: Set<String> = ["million", "billion", "thousand", "m", "bn", "k"]
        var last: Int?
        for (index, token) in tokens.enumerated() {
            if scale.contains(token) || token.unicodeScalars.first.map({ ("0"..."9").contains($0) }) == true
                || ["one", "two", "three", "six", "seven", "eight"].contains(token) {
                last = index
                if scale.contains(token) { return index }
            }
        }
        return last
    }
}
