/// One word of a sentence, lower-cased for cue matching, with its offsets in the sentence.
///
/// Cue lists (speakers, hedges, vectors) are matched over these instead of over the text so that
/// every rule is a linear scan over a small array, never repeated `String.Index` arithmetic.
public struct CueToken: Sendable, Equatable {
    /// Lower-cased, with a possessive `'s` / `’s` or trailing apostrophe removed.
    /// Built on each read: hot rules compare with `isWord(_:)` or a `WordSet` instead.
    public var word: String {
        get { spelling.word }
        // `raw` keeps the word as written.
        set {
            let written = raw
            spelling = CueSpelling(word: newValue, raw: written)
            key = WordSet.key(newValue)
        }
    }
    /// The word as written (possessive removed). Built on each read.
    public var raw: String {
        get { spelling.raw }
        set { spelling = CueSpelling(word: word, raw: newValue) }
    }
    /// Offsets in Unicode scalars into the text that was tokenised.
    public var start: Int
    public var end: Int
    /// Whether the first letter is upper case ("Marriott", "LAPSUS$", "T-Mobile").
    public var capitalised: Bool
    /// `WordSet.key(word)`, computed once so that cue lists look the word up without hashing it.
    public private(set) var key: UInt64
    /// The word and its written form as plain data: a token holds no reference, so copying one
    /// costs no retain (see `CueSpelling`).
    private(set) var spelling: CueSpelling

    public init(word: String, raw: String, start: Int, end: Int, capitalised: Bool) {
        self.init(spelling: CueSpelling(word: word, raw: raw), start: start, end: end,
                  capitalised: capitalised, key: WordSet.key(word))
    }

    init(spelling: CueSpelling, start: Int, end: Int, capitalised: Bool, key: UInt64) {
        self.spelling = spelling
        self.start = start
        self.end = end
        self.capitalised = capitalised
        self.key = key
    }

    /// Whether the word is `literal`: `word == literal` without building the word.
    @inline(__always)
    public func isWord(_ literal: StaticString) -> Bool {
        spelling.isWord(literal)
    }

    /// The first UTF-8 byte of `raw`, nil when it is empty; read without building `raw`.
    var firstWrittenByte: UInt8? {
        spelling.entry < 0 ? (spelling.length > 0 ? spelling.writtenByte(at: 0) : nil) : raw.utf8.first
    }

    /// The last UTF-8 byte of `raw`, nil when it is empty.
    var lastWrittenByte: UInt8? {
        spelling.entry < 0 ? (spelling.length > 0 ? spelling.writtenByte(at: Int(spelling.length) - 1) : nil) : raw.utf8.last
    }

    /// Whether both tokens have the same word.
    @inline(__always)
    public func sameWord(as other: CueToken) -> Bool {
        key == other.key && spelling.sameWord(as: other.spelling)
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
            // The word is packed while it is scanned (`WordPacker`): one pass over its scalars.
            var packer = WordPacker()
            packer.append(scalars[index].value)
            index += 1
            while index < upper {
                let scalar = scalars[index]
                if isWordScalar(scalar) || isJoiner(scalar) && index + 1 < upper && isWordScalar(scalars[index + 1]) {
                    packer.append(scalar.value)
                    index += 1
                    continue
                }
                break
            }
            var end = index
            // A possessive belongs to the name: "Marriott’s" matches the cue "marriott".
            if end - begin > 2, scalars[end - 1] == "s" || scalars[end - 1] == "S",
               scalars[end - 2] == "'" || scalars[end - 2] == "\u{2019}" {
                end -= 2
                packer.dropLastTwo()
            }
            let (spelling, key) = packer.fits ? packer.spelling() : Self.spelling(scalars, begin, end)
            result.append(CueToken(
                spelling: spelling, start: begin, end: end,
                capitalised: Self.isUppercase(scalars[begin]), key: key
            ))
        }
        return result
    }

    /// The spelling and key of `scalars[begin..<end]`. Why no strings: building the word and its
    /// written form as `String`s was most of tokenising, and tokens holding them cost a retain per
    /// copy. An ASCII word of at most 16 bytes (nearly all) is packed into the spelling's integers
    /// in one pass that also folds in `WordSet.key` of its lower case and notes its capitals; any
    /// other word takes the general path through strings (`lowercased()` for non-ASCII).
    static func spelling(_ scalars: [Unicode.Scalar], _ begin: Int, _ end: Int) -> (CueSpelling, UInt64) {
        let count = end - begin
        if count <= CueSpelling.capacity {
            var head: UInt64 = 0, tail: UInt64 = 0
            var capitals: UInt16 = 0
            var key = WordSet.offsetBasis
            var ascii = true
            for offset in 0..<count {
                let value = scalars[begin + offset].value
                if value >= 0x80 { ascii = false; break }
                var byte = UInt64(value)
                if value >= 0x41 && value <= 0x5A {
                    byte |= 0x20
                    capitals |= 1 << UInt16(offset)
                }
                if offset < 8 { head |= byte << UInt64(offset * 8) } else { tail |= byte << UInt64((offset - 8) * 8) }
                key = (key ^ byte) &* WordSet.prime
            }
            if ascii { return (CueSpelling(head: head, tail: tail, length: count, capitals: capitals), key) }
        }
        let raw = ScalarText.string(scalars[begin..<end])
        let word = raw.lowercased()
        return (CueSpelling(word: word, raw: raw), WordSet.key(word))
    }

    /// `properties.isAlphabetic`, a numeric type or `$`; ASCII answered without the property tables.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A || value >= 0x30 && value <= 0x39 || value == 0x24
        }
        return isWordScalarOutsideASCII(scalar)
    }

    /// The property-table half of `isWordScalar`, kept out of line. Why: inlined, its resilient
    /// types (`Unicode.NumericType?`) made every caller allocate their stack room and ask for their
    /// metadata on entry, about 150 instructions per tokenised sentence (callgrind, session 7).
    @inline(never)
    static func isWordScalarOutsideASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// `properties.isUppercase`, ASCII answered without the property table.
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return isUppercaseOutsideASCII(scalar)
    }

    /// The property-table half of `isUppercase`, out of line for the reason `isWordScalarOutsideASCII` gives.
    @inline(never)
    static func isUppercaseOutsideASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase
    }

    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "'" || scalar == "\u{2019}" || scalar == "." || scalar == "\u{2011}" || scalar == "&"
    }
}

/// Packs an ASCII word of at most 16 bytes into a `CueSpelling` scalar by scalar, as the tokenizer
/// scans it, with `WordSet.key` of its lower case. `fits` turns false for a longer or non-ASCII
/// word, which the tokenizer then spells through strings.
struct WordPacker {
    private var head: UInt64 = 0
    private var tail: UInt64 = 0
    private var capitals: UInt16 = 0
    private var count = 0
    private var key = WordSet.offsetBasis
    private(set) var fits = true

    @inline(__always)
    mutating func append(_ value: UInt32) {
        guard fits, value < 0x80, count < CueSpelling.capacity else {
            fits = false
            return
        }
        var byte = UInt64(value)
        if value >= 0x41 && value <= 0x5A {
            byte |= 0x20
            capitals |= 1 << UInt16(count)
        }
        if count < 8 { head |= byte << UInt64(count * 8) } else { tail |= byte << UInt64((count - 8) * 8) }
        key = (key ^ byte) &* WordSet.prime
        count += 1
    }

    /// Removes a possessive `'s` (two ASCII bytes); the key is folded again over what is left.
    mutating func dropLastTwo() {
        guard fits else { return }
        count -= 2
        var spelling = CueSpelling(head: 0, tail: 0, length: 0, capitals: 0)
        key = WordSet.offsetBasis
        for offset in 0..<count {
            let byte = count > 0 ? (offset < 8 ? head >> UInt64(offset * 8) : tail >> UInt64((offset - 8) * 8)) & 0xFF : 0
            spelling.set(UInt8(byte), at: offset)
            key = (key ^ byte) &* WordSet.prime
        }
        head = spelling.head
        tail = spelling.tail
        capitals &= UInt16((1 << count) - 1)
    }

    func spelling() -> (CueSpelling, UInt64) {
        (CueSpelling(head: head, tail: tail, length: count, capitals: capitals), key)
    }
}
