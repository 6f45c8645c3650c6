/// One word or punctuation mark of a sentence, as the data-type extractor sees it.
///
/// Words are lower-cased with apostrophes dropped ("Driver’s" is `drivers`) and carry a light
/// singular form (`numbers` is `number`, `addresses` is `address`) so that one lexicon entry
/// covers both numbers. Hyphens split words and are not tokens ("e-mail" is `e`, `mail`), which
/// makes "payment-card numbers" and "payment card numbers" the same sequence.
struct WordToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word
        /// Starts with a digit: "140,000", "5.25", "2014".
        case number
        case punctuation
    }

    var kind: Kind
    /// Lower-case text without apostrophes (punctuation: the mark itself).
    var word: String
    /// `word` reduced to a singular form; the lexicon is keyed on it.
    var singular: String
    /// Document offsets (Unicode scalars).
    var start: Int
    var end: Int
    /// A negated contraction: "wasn't", "didn’t", "can't".
    var contractedNegation: Bool = false
    /// Cue classes of the word, filled in by `DataTypeSentence`.
    var cues: ExposureCues.CueFlags = []

    /// Whether the written word was a plural the singular form dropped an ending from.
    var isPlural: Bool { singular != word }

    var isWord: Bool { kind == .word }

    /// Lexical singular of a lower-case word. Deliberately light: the lexicon passes through
    /// the same function, so only consistency matters, not linguistic correctness.
    static func singular(of word: String) -> String {
        let bytes = word.utf8
        let count = bytes.count
        guard count >= 3, bytes.last == UInt8(ascii: "s") else { return word }
        // The last four bytes, read in place: this runs once per word of every document (an array
        // of them per word was most of its cost). 0 stands for "no fourth byte".
        let end = bytes.endIndex
        let last2 = bytes[bytes.index(end, offsetBy: -2)]
        let last3 = bytes[bytes.index(end, offsetBy: -3)]
        let last4: UInt8 = count >= 4 ? bytes[bytes.index(end, offsetBy: -4)] : 0
        let tail = UInt32(last4) << 24 | UInt32(last3) << 16 | UInt32(last2) << 8 | UInt32(UInt8(ascii: "s"))
        guard let cut = SingularRule.cut(count: count, tail: tail) else { return word }
        // `Character`s are dropped: a combining mark or a prepended scalar goes with its letter.
        let stem = String(word.dropLast(cut.drop))
        return cut.y ? stem + "y" : stem
    }
}

/// The singular rules, on a lower-case word's byte count and last four bytes: shared by
/// `WordToken.singular(of:)`, the tokenizer's byte form (`WordTokenizer.asciiSingular`) and the
/// prescreen's hash (`DataTypePrescreen.singularHash`), which apply the cut each in their own
/// units. "ies" (after two letters at least) becomes "y", "sses" loses "es", "ss" and "us" stay,
/// any other final "s" goes.
enum SingularRule {
    /// How many trailing characters the singular drops, and whether it adds "y"; nil when the
    /// word is its own singular. `tail` holds the last four bytes, the latest lowest (0 for
    /// missing bytes of a shorter word).
    @inline(__always)
    static func cut(count: Int, tail: UInt32) -> (drop: Int, y: Bool)? {
        let s: UInt32 = 0x73
        guard count >= 3, tail & 0xFF == s else { return nil }
        let last2 = tail >> 8 & 0xFF, last3 = tail >> 16 & 0xFF
        if count > 4, last3 == 0x69, last2 == 0x65 { return (3, true) }
        if count >= 4, tail >> 24 == s, last3 == s, last2 == 0x65 { return (2, false) }
        if last2 == s || last2 == 0x75 { return nil }
        return (1, false)
    }
}
