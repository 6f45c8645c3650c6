/// The number a clause attaches to a data type: "about 140,000 Social Security numbers",
/// "5.25 million unencrypted passport numbers", "Social Security numbers of 145.5 million".
enum DataTypeCount {
    static let scales: [String: Double] = ["thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9]
    /// Words that may stand between a count and the items after "of" ("of roughly 146.6 million").
    static let approximators: Set<String> = [
        "about", "approximately", "roughly", "around", "nearly", "almost", "over", "more", "than", "some", "up", "to",
        "at", "least", "an", "estimated",
    ]

    static func count(for mention: DataTypeSentence.Mention, in tokens: [WordToken]) -> Int64? {
        // Before: NUMBER [scale] [up to two modifiers] MENTION.
        var index = mention.first - 1
        var skipped = 0
        while index >= 0, tokens[index].isWord, skipped < 2, scales[tokens[index].word] == nil {
            index -= 1
            skipped += 1
        }
        if index >= 0, let value = value(at: index, in: tokens) { return value }
        if index >= 1, scales[tokens[index].word] != nil, let value = value(at: index - 1, in: tokens) { return value }
        // After: MENTION of [approximator...] NUMBER [scale].
        index = mention.last + 1
        guard index < tokens.count, tokens[index].word == "of" else { return nil }
        index += 1
        while index < tokens.count, approximators.contains(tokens[index].word) { index += 1 }
        return index < tokens.count ? value(at: index, in: tokens) : nil
    }

    /// The number at `index` with the scale word after it, if it is a count (not a year).
    static func value(at index: Int, in tokens: [WordToken]) -> Int64? {
        let token = tokens[index]
        guard token.kind == .number else { return nil }
        let digits = token.word.replacingOccurrences(of: ",", with: "")
        guard var number = Double(digits) else { return nil }
        var scaled = false
        if index + 1 < tokens.count, let scale = scales[tokens[index + 1].word] {
            number *= scale
            scaled = true
        }
        let looksLikeYear = !scaled && !token.word.contains(",") && digits.count == 4 && (1900...2099).contains(Int(number))
        guard !looksLikeYear, number >= 1, number < 1e13 else { return nil }
        return Int64(number.rounded())
    }

    /// Nouns (singular) of the people or accounts whose data a figure counts.
    static let owners: Set<String> = [
        "people", "person", "customer", "individual", "consumer", "user", "account", "member", "patient",
        "subscriber", "guest", "employee", "shopper", "client", "cardholder", "holder", "resident", "student",
    ]

    /// "names, addresses or email addresses of up to 70 million people": a list of data types that
    /// ends with "of" and a figure of at least a thousand owners says whose data, and how many
    /// people's, a breach reached, even with no verb of its own ("The tally so far: ...").
    static func countsOwners(_ sentence: DataTypeSentence, clause: Range<Int>) -> Bool {
        let tokens = sentence.tokens
        for mention in sentence.mentions where clause.contains(mention.first) {
            var index = mention.last + 1
            guard index < tokens.count, tokens[index].word == "of" else { continue }
            index += 1
            while index < tokens.count, approximators.contains(tokens[index].word) { index += 1 }
            guard index < tokens.count, let value = value(at: index, in: tokens), value >= 1_000 else { continue }
            index += 1
            if index < tokens.count, scales[tokens[index].word] != nil { index += 1 }
            // Up to three words before the owner noun ("current and former customers").
            for offset in 0..<4 where index + offset < tokens.count {
                if owners.contains(tokens[index + offset].singular) || owners.contains(tokens[index + offset].word) { return true }
            }
        }
        return false
    }
}
