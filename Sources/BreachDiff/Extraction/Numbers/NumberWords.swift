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

    /// `scales[word]`, with a `WordSet` probe first. Why: it is asked about the word after nearly
    /// every number, rarely a scale, and `String` hashing cost more than the probe (same answers:
    /// the keys are ASCII, see `WordSet`).
    @inline(__always)
    static func scale(_ word: String) -> Int64? {
        scaleWords.contains(word) ? scales[word] : nil
    }

    static let scaleWords = WordSet(scales.keys)

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

    /// Bit `b & 63` set for the first byte `b` (0x40-0x7F) of every word `NumberParser` reads as the
    /// start of a spelled number: the keys of `small`, "a", "an", "half", "tens" and "hundreds".
    static let leadBytes: UInt64 = (Array(small.keys) + ["a", "an", "half", "tens", "hundreds"]).reduce(0) { bits, word in
        bits | (1 << UInt64(word.utf8.first! & 63))
    }

    /// Whether an ASCII byte can start such a word.
    @inline(__always)
    static func mayLead(_ byte: UInt8) -> Bool {
        byte >= 0x40 && leadBytes & (1 << UInt64(byte & 63)) != 0
    }

    /// Value of a spelled number of one word or a hyphenated pair ("seven", "thirty-seven").
    static func spelled(_ word: String) -> Int64? {
        // An ASCII word without a hyphen is a number only if it is one of `small`'s words
        // (non-ASCII words take the general path, whose `Character` hyphen search differs in
        // theory for a hyphen followed by a combining mark).
        // One pass over the bytes in place finds both and the `WordSet` key of the word (iterating
        // `utf8` and hashing again in `contains` cost more than the rest of the number parser).
        var ascii = true, hyphen = false
        var key = WordSet.offsetBasis
        var bytes = word
        bytes.withUTF8 { buffer in
            for byte in buffer {
                if byte >= 0x80 { ascii = false; break }
                if byte == UInt8(ascii: "-") { hyphen = true }
                key = (key ^ UInt64(byte)) &* WordSet.prime
            }
        }
        if ascii, !hyphen { return smallWords.contains(word, key: key) ? small[word] : nil }
        if let value = small[word] { return value }
        guard let hyphen = word.firstIndex(of: "-") else { return nil }
        guard let tens = small[String(word[..<hyphen])], tens >= 20, tens % 10 == 0,
              let unit = small[String(word[word.index(after: hyphen)...])], unit > 0, unit < 10 else { return nil }
        return tens + unit
    }
}
