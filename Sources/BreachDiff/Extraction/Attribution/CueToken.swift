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
    ///
    /// Why two passes per word (its extent, then its spelling) and a buffer pointer: packing each
    /// scalar into the spelling while scanning branched on the byte position per scalar and checked
    /// bounds twice (callgrind, session 8); the extent is found with the character test alone, noting
    /// whether every scalar is ASCII, and an ASCII word is then packed eight scalars at a time.
    public static func tokens(of scalars: [Unicode.Scalar], from: Int, to: Int?) -> [CueToken] {
        let upper = min(to ?? scalars.count, scalars.count)
        var result: [CueToken] = []
        // About one word per 5-6 scalars of prose; a quarter (plus one) leaves room for sentences of
        // short words, whose regrowth cost more than the spare capacity (callgrind, round 2).
        result.reserveCapacity(max(0, upper - from) / 4 + 1)
        scalars.withUnsafeBufferPointer { buffer in
            var index = max(0, from)
            while index < upper {
                guard isWordScalar(buffer[index]) else { index += 1; continue }
                let begin = index
                var bits = buffer[index].value
                index += 1
                while index < upper {
                    let scalar = buffer[index]
                    // Lower-case ASCII letters (most of a word) first: one test, nothing to note.
                    if scalar.value &- 0x61 < 26 {
                        index += 1
                        continue
                    }
                    if isWordScalar(scalar) || isJoiner(scalar) && index + 1 < upper && isWordScalar(buffer[index + 1]) {
                        bits |= scalar.value
                        index += 1
                        continue
                    }
                    break
                }
                var end = index
                // A possessive belongs to the name: "Marriott’s" matches the cue "marriott".
                if end - begin > 2, buffer[end - 1] == "s" || buffer[end - 1] == "S",
                   buffer[end - 2] == "'" || buffer[end - 2] == "\u{2019}" {
                    end -= 2
                    if bits >= 0x80 {
                        bits = 0
                        for position in begin..<end { bits |= buffer[position].value }
                    }
                }
                let (spelling, key) = bits < 0x80 && end - begin <= CueSpelling.capacity
                    ? packASCII(buffer, begin, end) : spellingThroughStrings(buffer, begin, end)
                result.append(CueToken(
                    spelling: spelling, start: begin, end: end,
                    capitalised: Self.isUppercase(buffer[begin]), key: key
                ))
            }
        }
        return result
    }

    /// An ASCII word of at most 16 scalars (the caller checked both) packed into a spelling, with
    /// `WordSet.key` of its lower case (FNV-1a over the lowered bytes). Why no strings: building the
    /// word and its written form as `String`s was most of tokenising, and tokens holding them cost
    /// a retain per copy.
    @inline(__always)
    static func packASCII(_ buffer: UnsafeBufferPointer<Unicode.Scalar>, _ begin: Int, _ end: Int) -> (CueSpelling, UInt64) {
        let count = end - begin
        let base = buffer.baseAddress! + begin
        let available = buffer.count - begin
        let head = EightASCIIScalars(base, count: min(count, 8), available: available)
        var tail = EightASCIIScalars.empty
        if count > 8 { tail = EightASCIIScalars(base + 8, count: count - 8, available: available - 8) }
        var key = WordSet.offsetBasis
        var bytes = head.bytes
        for _ in 0..<min(count, 8) {
            key = (key ^ (bytes & 0xFF)) &* WordSet.prime
            bytes >>= 8
        }
        bytes = tail.bytes
        for _ in 0..<max(0, count - 8) {
            key = (key ^ (bytes & 0xFF)) &* WordSet.prime
            bytes >>= 8
        }
        let capitals = UInt16(head.capitals) | UInt16(tail.capitals) << 8
        return (CueSpelling(head: head.bytes, tail: tail.bytes, length: count, capitals: capitals), key)
    }

    /// A long or non-ASCII word, spelled through strings (rare).
    @inline(never)
    static func spellingThroughStrings(_ buffer: UnsafeBufferPointer<Unicode.Scalar>, _ begin: Int, _ end: Int) -> (CueSpelling, UInt64) {
        let raw = ScalarText.string(buffer[begin..<end])
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

/// Up to eight ASCII scalars of a word as lower-cased bytes (zero past the word) and the positions
/// of their capitals.
///
/// Why eight at a time in one integer: packing a word byte by byte (a shift, a capital test and a
/// mask bit per byte) was most of tokenising. The scalars are read as four 64-bit words and
/// narrowed to bytes, and the capitals are found for all eight bytes with a few integer operations.
/// (Swift's generic `SIMD` masks measured several times slower here: they were not vectorised.)
/// A word within eight scalars of its buffer's end is read scalar by scalar, never past the buffer.
struct EightASCIIScalars {
    /// Byte `i` is scalar `i`, lower-cased, 0 past the word.
    var bytes: UInt64 = 0
    /// Bit `i` set: scalar `i` is a capital A-Z.
    var capitals: UInt8 = 0

    static let empty = EightASCIIScalars()

    private init() {}

    /// The first `count` (1...8) scalars at `base`, all ASCII; `available` scalars may be read there.
    @inline(__always)
    init(_ base: UnsafePointer<Unicode.Scalar>, count: Int, available: Int) {
        var written: UInt64 = 0
        if available >= 8 {
            // Scalar 2k is the low half of word k and scalar 2k + 1 its high half; both are below
            // 0x80, so each keeps its low byte.
            let raw = UnsafeRawPointer(base)
            for pair in 0..<4 {
                let word = raw.loadUnaligned(fromByteOffset: pair * 8, as: UInt64.self)
                written |= (word & 0xFF | word >> 24 & 0xFF00) << UInt64(pair * 16)
            }
            if count < 8 { written &= (1 << UInt64(count * 8)) - 1 }
        } else {
            for offset in 0..<count { written |= UInt64(base[offset].value & 0xFF) << UInt64(offset * 8) }
        }
        // Per byte b < 0x80: (b | 0x80) - 0x41 keeps its top bit exactly when b >= 0x41 (no borrow
        // crosses bytes), likewise for 0x5B; A-Z are the bytes with the first and not the second.
        let high: UInt64 = 0x8080_8080_8080_8080
        let atLeastA = (written | high) &- 0x4141_4141_4141_4141
        let pastZ = (written | high) &- 0x5B5B_5B5B_5B5B_5B5B
        let upper = atLeastA & ~pastZ & high
        bytes = written | upper >> 2
        // One bit per byte (bit 0); the multiply gathers bit 0 of byte i into bit 56 + i.
        capitals = UInt8(truncatingIfNeeded: ((upper >> 7) &* 0x0102_0408_1020_4080) >> 56)
    }
}
