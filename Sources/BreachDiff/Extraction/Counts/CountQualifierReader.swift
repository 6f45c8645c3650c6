/// Reads the qualifier written before a count ("approximately", "more than", "up to").
enum CountQualifierReader {
    /// Qualifier phrases, longest first so "no more than" wins over "more than".
    static let phrases: [(words: [String], qualifier: CountQualifier)] = {
        let table: [(String, CountQualifier)] = [
            ("approximately", .approximately), ("approx", .approximately), ("about", .approximately),
            ("around", .approximately), ("roughly", .approximately), ("some", .approximately),
            ("estimated", .approximately), ("~", .approximately), ("circa", .approximately),
            ("an estimate of", .approximately), ("nearly", .nearly), ("almost", .nearly), ("close to", .nearly),
            ("just under", .nearly), ("just shy of", .nearly), ("over", .moreThan), ("more than", .moreThan),
            ("in excess of", .moreThan), ("upwards of", .moreThan), ("upward of", .moreThan),
            ("greater than", .moreThan), ("above", .moreThan), ("just over", .moreThan), ("north of", .moreThan),
            ("at least", .atLeast), ("a minimum of", .atLeast), ("no fewer than", .atLeast),
            ("no less than", .atLeast), ("up to", .upTo), ("as many as", .upTo), ("as high as", .upTo),
            ("as much as", .upTo), ("a maximum of", .upTo), ("no more than", .upTo), ("fewer than", .fewerThan),
            ("less than", .fewerThan), ("under", .fewerThan), ("below", .fewerThan), ("between", .range),
            ("from", .range),
        ]
        return table.map { (String($0.0).split(separator: " ").map(String.init), $0.1) }
            .sorted { $0.words.count > $1.words.count }
    }()

    /// Quote marks that may open a quoted figure ("“fewer than 2,000”").
    static let quotes: Set<String> = ["“", "”", "\"", "‘", "’", "'"]

    /// The qualifier before token `index` and the first token of the qualified phrase.
    static func read(in tokens: [TextToken], before index: Int) -> (qualifier: CountQualifier, start: Int) {
        var position = index
        // At most two qualifiers, kept in two locals: an array here was allocated for every
        // count with a qualifier. "from" and "between" are only qualifiers when they open a
        // range, so `.range` is not kept.
        var first: CountQualifier?
        var second: CountQualifier?
        var start = index
        for _ in 0..<2 {
            while position > 0, tokens[position - 1].kind == .symbol, quotes.contains(tokens[position - 1].text) {
                position -= 1
            }
            guard let match = phrase(in: tokens, endingAt: position) else { break }
            if match.qualifier != .range {
                if first == nil { first = match.qualifier } else { second = match.qualifier }
            }
            position -= match.words.count
            start = position
        }
        // "up to approximately 500 million": the bound matters more than the hedge.
        guard let first else { return (.exact, index) }
        if first != .approximately { return (first, start) }
        if let second, second != .approximately { return (second, start) }
        return (first, start)
    }

    /// The last word of every phrase. Why: nearly every token before a number ends no phrase, and
    /// one hashed probe says so where trying each phrase cost a few dozen string comparisons.
    static let lastWords = WordSet(phrases.map { $0.words.last! })

    private static func phrase(in tokens: [TextToken], endingAt end: Int) -> (words: [String], qualifier: CountQualifier)? {
        guard end > 0, lastWords.contains(tokens[end - 1].text) else { return nil }
        for entry in phrases where entry.words.count <= end {
            let first = end - entry.words.count
            var matched = true
            for (offset, word) in entry.words.enumerated() where tokens[first + offset].text != word {
                matched = false
                break
            }
            if matched { return entry }
        }
        return nil
    }
}
