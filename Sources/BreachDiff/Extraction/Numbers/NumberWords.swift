/// Vocabulary of written numbers: spelled small numbers, scales and suffixes.
enum NumberWords {
    /// "one" ... "ninety".
    static let small: [String: Int64] = {
        let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                     "eighteen", "nineteen"]
        let tens = ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                    "eighty": 80, "ninety": 90]
        var table: [String: Int64] = [:]
        for (index, word) in units.enumerated() { table[word] = Int64(index) }
        for (word, value) in tens { table[word] = Int64(value) }
        return table
    }()

    /// Scale words written apart from the digits ("37 million").
    static let scales: [String: Int64] = [
        "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
        "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
    ]

    /// Scale suffixes glued to the digits ("30k", "15.2m", "3bn", "100M").
    static let suffixes: [String: Int64] = [
        "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "b": 1_000_000_000,
        "bn": 1_000_000_000, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    ]

    /// Plural scales of vague quantities ("millions of").
    static let pluralScales: [String: Int64] = [
        "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000,
    ]

    /// Ordinal suffixes glued to digits ("8th").
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// The keys of `small`. Why: `spelled` is asked about every word of every sentence with a
    /// digit, and nearly all are no number; a `WordSet` probe rejects them without `String` hashing.
    static let smallWords = WordSet(small.keys)

    /// Value of a spelled number of one word or a hyphenated pair ("seven", "thirty-seven").
    static func spelled(_ word: String) -> Int64? {
        // An ASCII word without a hyphen is a number only if it is one of `small`'s words
        // (non-ASCII words take the general path, whose `Character` hyphen search differs in
        // theory for a hyphen followed by a combining mark).
        var ascii = true, hyphen = false
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if byte == UInt8(ascii: "-") { hyphen = true }
        }
        if ascii, !hyphen { return smallWords.contains(word) ? small[word] : nil }
        if let value = small[word] { return value }
        guard let hyphen = word.firstIndex(of: "-") else { return nil }
        guard let tens = small[String(word[..<hyphen])], tens >= 20, tens % 10 == 0,
              let unit = small[String(word[word.index(after: hyphen)...])], unit > 0, unit < 10 else { return nil }
        return tens + unit
    }
}
