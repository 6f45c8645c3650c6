/// One word of a sentence, lower-cased for cue matching, with its offsets in the sentence.
///
/// Cue lists (speakers, hedges, vectors) are matched over these instead of over the text so that
/// every rule is a linear scan over a small array, never repeated `String.Index` arithmetic.
public struct CueToken: Sendable, Equatable {
    /// Lower-cased, with a possessive `'s` / `’s` or trailing apostrophe removed.
    public var word: String {
        didSet {
            key = WordSet.key(word)
            // `raw` keeps the word as written: store it once it differs from the new word.
            if writtenIfDifferent == nil { writtenIfDifferent = oldValue }
            if writtenIfDifferent == word { writtenIfDifferent = nil }
        }
    }
    /// The word as written (possessive removed).
    public var raw: String {
        get { writtenIfDifferent ?? word }
        set { writtenIfDifferent = newValue == word ? nil : newValue }
    }
    /// `raw` when it differs from `word` (a capital letter), else nil. Why: most words are written
    /// in lower case, and building a second equal string per word cost a third of tokenising.
    private var writtenIfDifferent: String?
    /// Offsets in Unicode scalars into the text that was tokenised.
    public var start: Int
    public var end: Int
    /// Whether the first letter is upper case ("Marriott", "LAPSUS$", "T-Mobile").
    public var capitalised: Bool
    /// `WordSet.key(word)`, computed once so that cue lists look the word up without hashing it.
    public private(set) var key: UInt64

    public init(word: String, raw: String, start: Int, end: Int, capitalised: Bool) {
        self.init(word: word, raw: raw, start: start, end: end, capitalised: capitalised, key: WordSet.key(word))
    }

    init(word: String, raw: String, start: Int, end: Int, capitalised: Bool, key: UInt64) {
        self.init(word: word, written: raw == word ? nil : raw, start: start, end: end, capitalised: capitalised, key: key)
    }

    /// `written` is `raw` when it differs from `word`, else nil (the tokenizer knows without comparing).
    init(word: String, written: String?, start: Int, end: Int, capitalised: Bool, key: UInt64) {
        self.word = word
        self.writtenIfDifferent = written
        self.start = start
        self.end = end
        self.capitalised = capitalised
        self.key = key
    }
}

/// Splits text into `CueToken`s in one pass over its scalars.
public enum CueTokenizer {
    /// Letters, digits and `$` start or continue a word; `-`, `'`, `’`, `.` and `&` continue one only
    /// between two word characters ("T-Mobile", "don't", "U.S" stays one word without its last dot,
    /// "AT&T" and "P&G" are one name, not a stop word and a letter).
    public static func tokens(of text: String) -> [CueToken] {
        tokens(of: Array(text.unicodeScalars), from: 0, to: nil)
    }

    /// Tokens of `scalars[from..<to]`, offsets relative to `scalars`.
    public static func tokens(of scalars: [Unicode.Scalar], from: Int, to: Int?) -> [CueToken] {
        let upper = min(to ?? scalars.count, scalars.count)
        var result: [CueToken] = []
        // About one word per 5-6 scalars of prose; a quarter (plus one) leaves room for sentences of
        // short words, whose regrowth cost more than the spare capacity (callgrind, round 2).
        result.reserveCapacity(max(0, upper - from) / 4 + 1)
        var index = max(0, from)
        while index < upper {
            guard isWordScalar(scalars[index]) else { index += 1; continue }
            let begin = index
            index += 1
            while index < upper {
                let scalar = scalars[index]
                if isWordScalar(scalar) { index += 1; continue }
                if isJoiner(scalar), index + 1 < upper, isWordScalar(scalars[index + 1]) { index += 1; continue }
                break
            }
            var end = index
            // A possessive belongs to the name: "Marriott’s" matches the cue "marriott".
            if end - begin > 2, scalars[end - 1] == "s" || scalars[end - 1] == "S",
               scalars[end - 2] == "'" || scalars[end - 2] == "\u{2019}" {
                end -= 2
            }
            let (rawText, word, key) = Self.strings(scalars, begin, end)
            result.append(CueToken(
                word: word, written: rawText, start: begin, end: end,
                capitalised: Self.isUppercase(scalars[begin]), key: key
            ))
        }
        return result
    }

    /// `raw` (nil when equal to `word`) and `word` of `scalars[begin..<end]`. Why not
    /// `String(UnicodeScalarView)` plus `lowercased()`: those appended scalar by scalar and took a
    /// third of extraction time; ASCII words (nearly all) are written as bytes once, each string
    /// straight into its storage, and the written form only when it has a capital letter.
    /// Other words keep `lowercased()`, whose full Unicode mapping ASCII never needs.
    /// `key` is `WordSet.key(word)`, folded in while the lower-case bytes are written.
    static func strings(_ scalars: [Unicode.Scalar], _ begin: Int, _ end: Int) -> (raw: String?, word: String, key: UInt64) {
        var ascii = true
        var upper = false
        for index in begin..<end {
            let value = scalars[index].value
            if value >= 0x80 { ascii = false; break }
            if value >= 0x41 && value <= 0x5A { upper = true }
        }
        guard ascii else {
            let raw = ScalarText.string(scalars[begin..<end])
            let word = raw.lowercased()
            return (raw == word ? nil : raw, word, WordSet.key(word))
        }
        let count = end - begin
        let raw = !upper ? nil : String(unsafeUninitializedCapacity: count) { buffer in
            for offset in 0..<count { buffer[offset] = UInt8(truncatingIfNeeded: scalars[begin + offset].value) }
            return count
        }
        var key = WordSet.offsetBasis
        let word = String(unsafeUninitializedCapacity: count) { buffer in
            for offset in 0..<count {
                let value = UInt8(truncatingIfNeeded: scalars[begin + offset].value)
                let lower = value >= 0x41 && value <= 0x5A ? value | 0x20 : value
                buffer[offset] = lower
                key = (key ^ UInt64(lower)) &* WordSet.prime
            }
            return count
        }
        return (raw, word, key)
    }

    /// `properties.isAlphabetic`, a numeric type or `$`; ASCII answered without the property tables.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A || value >= 0x30 && value <= 0x39 || value == 0x24
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// `properties.isUppercase`, ASCII answered without the property table.
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return scalar.properties.isUppercase
    }

    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "'" || scalar == "\u{2019}" || scalar == "." || scalar == "\u{2011}" || scalar == "&"
    }
}
