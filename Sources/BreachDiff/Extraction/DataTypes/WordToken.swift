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
        // Byte comparisons on the last four bytes, read in place: this runs once per word of every
        // document (an array of them per word was most of its cost). 0 stands for "no fourth byte".
        let end = bytes.endIndex
        let last2 = bytes[bytes.index(end, offsetBy: -2)]
        let last3 = bytes[bytes.index(end, offsetBy: -3)]
        let last4: UInt8 = count >= 4 ? bytes[bytes.index(end, offsetBy: -4)] : 0
        let s = UInt8(ascii: "s")
        if count > 4, last3 == UInt8(ascii: "i"), last2 == UInt8(ascii: "e") { return String(word.dropLast(3)) + "y" }
        if last4 == s, last3 == s, last2 == UInt8(ascii: "e") { return String(word.dropLast(2)) }
        if last2 == s || last2 == UInt8(ascii: "u") { return word }
        return String(word.dropLast())
    }
}
