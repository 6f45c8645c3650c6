/// One word, number or punctuation mark of a document, as the date scanner sees it.
///
/// Words carry a hash of their lower-cased letters so that lexicon look-ups cost one dictionary
/// probe and no `String` is built per word.
struct DateToken: Sendable, Equatable {
    enum Kind: UInt8, Sendable, Equatable {
        case word, number, punctuation
    }

    // Stored narrow (32 bytes a token instead of 56): the tokenizer appends one token per word
    // of every document, and the token's size was most of that append. Offsets fit in `Int32`
    // (a document has far fewer than 2^31 scalars) and the number saturates below 10^9; the
    // `Int` properties below keep the readers unchanged.
    /// Words: hash of the lower-cased letters. Punctuation: the scalar value.
    var key: UInt64
    private var start32: Int32
    private var end32: Int32
    private var number32: Int32 = 0
    private var digits32: Int32 = 0
    var kind: Kind
    /// Words: the first letter is upper case.
    var capitalized = false
    /// White space separates it from the previous token.
    var spaceBefore = false
    /// A blank line or a line break separates it from the previous token.
    var lineBefore = false

    init(kind: Kind, start: Int, end: Int, key: UInt64) {
        self.kind = kind
        self.key = key
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
    }

    /// Offsets in Unicode scalars into the document text.
    var start: Int {
        get { Int(start32) }
        set { start32 = Int32(truncatingIfNeeded: newValue) }
    }

    var end: Int {
        get { Int(end32) }
        set { end32 = Int32(truncatingIfNeeded: newValue) }
    }

    /// Numbers: the value (saturating), and how many digits were written.
    var number: Int {
        get { Int(number32) }
        set { number32 = Int32(truncatingIfNeeded: newValue) }
    }

    var digits: Int {
        get { Int(digits32) }
        set { digits32 = Int32(clamping: newValue) }
    }

    func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        kind == .punctuation && key == UInt64(scalar.value)
    }

    func isWord(_ hash: UInt64) -> Bool {
        kind == .word && key == hash
    }
}

/// Splits a document's scalars into `DateToken`s in one pass.
enum DateTokenizer {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a of the lower-cased scalars of a word, as the tokenizer computes it.
    static func hash(_ word: String) -> UInt64 {
        var value = offsetBasis
        for scalar in word.unicodeScalars {
            value = (value ^ UInt64(lowered(scalar.value))) &* prime
        }
        return value
    }

    @inline(__always)
    static func lowered(_ value: UInt32) -> UInt32 {
        (value >= 65 && value <= 90) ? value | 0x20 : value
    }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 {
            return (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
        }
        return scalar.properties.isAlphabetic
    }

    /// The tokens of a document's scalars.
    ///
    /// Why this shape: it runs over every scalar of every document. ASCII scalars (nearly all) are
    /// classed by a few comparisons before any other test, letters by one (`| 0x20`), and the
    /// scalars are read through a buffer pointer; the general path (line breaks, the property
    /// tables) is taken only above 0x7F. `DateTokenizerSpeedupTests` compares it with the plain
    /// loop it replaced.
    static func tokens(of scalars: [Unicode.Scalar]) -> [DateToken] {
        scalars.withUnsafeBufferPointer { tokens(in: $0) }
    }

    private static func tokens(in scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [DateToken] {
        var tokens: [DateToken] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        var sawSpace = false
        var sawLine = true
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            let value = scalar.value
            var word = false
            if value < 0x80 {
                if (value | 0x20) &- 0x61 < 26 {
                    word = true
                } else if value &- 0x30 >= 10 {
                    if value == 32 || value == 9 || value == 11 || value == 12 {
                        sawSpace = true
                        index += 1
                        continue
                    }
                    if value == 10 || value == 13 {
                        sawLine = true
                        sawSpace = true
                        index += 1
                        continue
                    }
                }
            } else {
                if value == 0x2028 || value == 0x2029 {
                    sawLine = true
                    sawSpace = true
                    index += 1
                    continue
                }
                if value == 0xA0 || scalar.properties.isWhitespace {
                    sawSpace = true
                    index += 1
                    continue
                }
                word = scalar.properties.isAlphabetic
            }
            var token = DateToken(kind: .punctuation, start: index, end: index + 1, key: UInt64(value))
            token.spaceBefore = sawSpace
            token.lineBefore = sawLine
            if value &- 48 < 10 {
                var number = 0
                var end = index
                while end < count, scalars[end].value &- 48 < 10 {
                    number = number < 100_000_000 ? number * 10 + Int(scalars[end].value - 48) : number
                    end += 1
                }
                token.kind = .number
                token.number = number
                token.digits = end - index
                token.end = end
            } else if word {
                var hash = offsetBasis
                var end = index
                while end < count {
                    let code = scalars[end].value
                    if code < 0x80 {
                        // A letter is lowered by `| 0x20` (`lowered` of it).
                        guard (code | 0x20) &- 0x61 < 26 else { break }
                        hash = (hash ^ UInt64(code | 0x20)) &* prime
                    } else {
                        guard scalars[end].properties.isAlphabetic else { break }
                        hash = (hash ^ UInt64(code)) &* prime
                    }
                    end += 1
                }
                token.kind = .word
                token.key = hash
                token.capitalized = value >= 65 && value <= 90 || (value >= 128 && scalar.properties.isUppercase)
                token.end = end
            }
            tokens.append(token)
            index = token.end
            sawSpace = false
            sawLine = false
        }
        return tokens
    }
}
