/// A cheap first look at a segment: does it contain a data-type phrase, or a mark the list and
/// back-reference rules need? Most segments of a document mention no data type, and skipping
/// their tokenization is what keeps the extractor fast.
///
/// Words are hashed (FNV-1a over the lower-case ASCII singular form, apostrophes dropped, as
/// `WordTokenizer` forms them) without building Strings, and phrases are found by chaining word
/// hashes through a set of phrase prefixes. Answers err on the safe side: a blocker phrase
/// ("IP address") or a hash collision only costs a full analysis, and a non-ASCII letter always
/// means "analyse".
struct DataTypePrescreen {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// Flags of the single-word table.
    static let startsPhrase: UInt8 = 1, marker: UInt8 = 2, modifier: UInt8 = 4, conjunction: UInt8 = 8
    /// Flags of the chain table (hashes of word sequences).
    static let prefix: UInt8 = 1, phrase: UInt8 = 2

    /// Single words (first words of phrases, markers, shared-head modifiers, "and"/"or") and
    /// phrase chains (every prefix of every spelling, and the complete spellings).
    static let tables: (words: WordHashTable, chains: WordHashTable) = {
        var words: [(UInt64, UInt8)] = [
            (wordHash(Array("none".utf8)), marker), (wordHash(Array("and".utf8)), conjunction),
            (wordHash(Array("or".utf8)), conjunction),
            // "the numbers customers called" (`CalledNumbers`) has no lexicon phrase.
            (wordHash(Array("called".utf8)), marker), (wordHash(Array("texted".utf8)), marker),
            (wordHash(Array("dialed".utf8)), marker), (wordHash(Array("dialled".utf8)), marker),
        ]
        var chains: [(UInt64, UInt8)] = []
        for (_, spellings) in DataTypeSpellings.allTables {
            for spelling in spellings {
                let tokens = WordTokenizer.tokens(of: String(spelling.drop { $0 == "~" || $0 == "+" }), base: 0)
                guard let first = tokens.first else { continue }
                words.append((wordHash(Array(first.singular.utf8)), startsPhrase))
                var chain = seed
                for token in tokens {
                    chain = combine(chain, wordHash(Array(token.singular.utf8)))
                    chains.append((chain, prefix))
                }
                chains.append((chain, phrase))
                // "financial and personal details" borrows its head across the conjunction.
                if tokens.count == 2, ExposureCues.sharedHeads.contains(tokens[1].singular) {
                    words.append((wordHash(Array(first.singular.utf8)), modifier))
                }
            }
        }
        return (WordHashTable(words), WordHashTable(chains))
    }()

    static let slash = wordHash(Array("/".utf8))
    static let hashMark = wordHash(Array("#".utf8))
    /// A token that is in no phrase: punctuation that ends one.
    static let breakToken: UInt64 = 0

    static func wordHash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var value = seed
        for byte in bytes { value = (value ^ UInt64(byte)) &* prime }
        return value
    }

    static func combine(_ chain: UInt64, _ word: UInt64) -> UInt64 {
        (chain ^ word) &* prime &+ 0x9e37_79b9_7f4a_7c15
    }

    /// Reused between segments so that a document's prescreen allocates once.
    private var words: [UInt64] = []

    init() {
        words.reserveCapacity(256)
    }

    /// Whether a segment needs a full analysis.
    static func needsAnalysis(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        var prescreen = DataTypePrescreen()
        return prescreen.needsAnalysis(scalars, in: range)
    }

    mutating func needsAnalysis(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        words.removeAll(keepingCapacity: true)
        var lastMark: Unicode.Scalar = " "
        let range = range.clamped(to: 0..<scalars.count)
        let analyse: Bool = scalars.withUnsafeBufferPointer { buffer in
            var index = range.lowerBound
            let upper = range.upperBound
            while index < upper {
                let scalar = buffer[index]
                if Self.isWordCode(scalar.value) {
                    // A whole word in one tight loop: its lower-case ASCII letters and digits hashed,
                    // apostrophes inside it skipped (as the tokenizer drops them). Why: folding the
                    // three shorter hashes the singular rules may need at every letter was most of
                    // the prescreen; they are worked out only for the few words that need them.
                    let start = index
                    var whole = Self.seed
                    var tail: UInt32 = 0
                    var count = 0
                    while index < upper {
                        let code = buffer[index].value
                        if Self.isWordCode(code) {
                            let byte = Self.lowered(code)
                            whole = (whole ^ UInt64(byte)) &* Self.prime
                            tail = tail << 8 | UInt32(byte)
                            count += 1
                        } else if code != 0x27 && code != 0x2019 {
                            break
                        }
                        index += 1
                    }
                    words.append(Self.singularHash(whole: whole, tail: tail, count: count, word: buffer, from: start))
                    lastMark = " "
                    continue
                }
                index += 1
                // A space (most scalars between words) is none of the marks below and no `lastMark`.
                if scalar == " " { continue }
                if scalar.value >= 0x80, scalar.properties.isAlphabetic { return true }
                // Exactly the tokenizer's punctuation tokens end a phrase; it skips everything else.
                if scalar == "/" {
                    words.append(Self.slash)
                } else if scalar == "#" {
                    words.append(Self.hashMark)
                } else if WordTokenizer.isKeptPunctuation(scalar) {
                    words.append(Self.breakToken)
                }
                if scalar != " " { lastMark = scalar }
            }
            return false
        }
        if analyse || lastMark == ":" { return true }
        let (single, chains) = Self.tables
        for (index, word) in words.enumerated() {
            let flags = single.flags(word)
            guard flags != 0 else { continue }
            if flags & Self.marker != 0 { return true }
            if flags & Self.modifier != 0, index + 1 < words.count, single.flags(words[index + 1]) & Self.conjunction != 0 {
                return true
            }
            guard flags & Self.startsPhrase != 0 else { continue }
            var chain = Self.combine(Self.seed, word)
            var next = index + 1
            while true {
                let found = chains.flags(chain)
                if found & Self.phrase != 0 { return true }
                guard found & Self.prefix != 0, next < words.count else { break }
                chain = Self.combine(chain, words[next])
                next += 1
            }
        }
        return false
    }

    /// ASCII letters and digits, the scalars a prescreen word is made of.
    @inline(__always)
    static func isWordCode(_ code: UInt32) -> Bool {
        (code >= 0x61 && code <= 0x7A) || (code >= 0x41 && code <= 0x5A) || (code >= 0x30 && code <= 0x39)
    }

    @inline(__always)
    static func lowered(_ code: UInt32) -> UInt8 {
        UInt8(truncatingIfNeeded: code >= 0x41 && code <= 0x5A ? code + 0x20 : code)
    }

    /// `singularHash` of the word starting at `word[start]` (its letters and digits, apostrophes
    /// skipped), given the hash of all its bytes, its last four bytes (latest lowest) and its byte
    /// count: rule for rule the byte-array form below, a shorter prefix hashed again only when a
    /// rule cuts the word (plurals in "s", a small share of words).
    static func singularHash(whole: UInt64, tail: UInt32, count: Int, word: UnsafeBufferPointer<Unicode.Scalar>,
                             from start: Int) -> UInt64 {
        // Most words do not end in "s": they leave before anything else is read.
        guard count >= 3, tail & 0xFF == 0x73 else { return whole }
        // A word led by a digit is a number token, whose singular is the word itself.
        let first = word[start].value
        guard first < 0x30 || first > 0x39, let cut = SingularRule.cut(count: count, tail: tail) else { return whole }
        let stem = prefixHash(word, from: start, bytes: count - cut.drop)
        return cut.y ? (stem ^ 0x79) &* prime : stem
    }

    /// The hash of the first `bytes` lower-cased letters and digits from `word[start]`.
    static func prefixHash(_ word: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, bytes: Int) -> UInt64 {
        var hash = seed
        var taken = 0
        var index = start
        while taken < bytes {
            let code = word[index].value
            if isWordCode(code) {
                hash = (hash ^ UInt64(lowered(code))) &* prime
                taken += 1
            }
            index += 1
        }
        return hash
    }

    /// The hash of a lower-case word's singular, by the rules of `WordToken.singular(of:)`: the
    /// specification `singularHash(whole:tail:count:word:from:)` and the tests compare against.
    static func singularHash(_ bytes: [UInt8]) -> UInt64 {
        let count = bytes.count
        guard count >= 3, bytes[0] < 0x30 || bytes[0] > 0x39 else { return wordHash(bytes) }
        let tail = bytes.suffix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        guard let cut = SingularRule.cut(count: count, tail: tail) else { return wordHash(bytes) }
        let stem = bytes[0..<(count - cut.drop)]
        return cut.y ? wordHash(stem + [UInt8(ascii: "y")]) : wordHash(stem)
    }
}
