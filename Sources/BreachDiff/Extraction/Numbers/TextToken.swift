/// A word, number or punctuation mark of a sentence, with its offsets in Unicode scalars.
///
/// The count and money extractors (and any other extractor that reasons about numbers) work on
/// tokens rather than on `String` indices so that every sentence is scanned once, linearly.
public struct TextToken: Sendable, Equatable {
    /// What the token is made of.
    public enum Kind: Sendable, Equatable {
        /// Letters, with inner hyphens, apostrophes and abbreviation dots ("t-mobile", "driver’s", "u.s.").
        case word
        /// Digits with inner grouping commas and a decimal point ("37,000,000", "145.5").
        case number
        /// Any other single scalar ("$", "%", ",", "(", "“").
        case symbol
    }

    /// The kind of token.
    public var kind: Kind
    /// Words lower-cased; numbers and symbols exactly as written.
    public var text: String
    /// Offset of the first scalar, relative to the tokenized text.
    public var start: Int
    /// Offset just past the last scalar.
    public var end: Int
    /// Whether whitespace separates the token from the previous one ("30 k" versus "30k").
    public var spaced: Bool
    /// Whether a word starts with an upper-case letter.
    public var capitalized: Bool

    /// Creates a token.
    public init(kind: Kind, text: String, start: Int, end: Int, spaced: Bool, capitalized: Bool = false) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.spaced = spaced
        self.capitalized = capitalized
    }

    /// Whether this is the word `word` (lower case).
    @inlinable
    public func isWord(_ word: String) -> Bool { kind == .word && text == word }

    /// Whether this is the symbol `symbol`.
    @inlinable
    public func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }
}
