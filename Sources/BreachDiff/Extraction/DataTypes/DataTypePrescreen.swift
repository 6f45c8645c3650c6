/// A cheap first look at a segment: does it contain a data-type phrase, or a mark the list and
/// back-reference rules need? Most segments of a document mention no data type, and skipping
/// their tokenization is what keeps the extractor fast.
///
/// Words are hashed (FNV-1a over the lower-case ASCII singular form, apostrophes dropped, as
/// `WordTokenizer` forms them) without building Strings, and phrases are found by chaining word
/// hashes through a set of phrase prefixes. Answers err on the safe side: a blocker phrase
/// ("IP address") or a hash collision only costs a full analysis, and a non-ASCII letter always
/// means "analyse".
enum DataTypePrescreen {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// Hashes of every phrase prefix, and of the complete phrases.
    static let tables: (prefixes: Set<UInt64>, phrases: Set<UInt64>, modifiers: Set<UInt64>) = {
        var prefixes: Set<UInt64> = []
        var phrases: Set<UInt64> = []
        var modifiers: Set<UInt64> = []
        for (_, spellings) in DataTypeSpellings.table {
            for spelling in spellings {
                let tokens = WordTokenizer.tokens(of: String(spelling.drop { $0 == "~" || $0 == "+" }), base: 0)
                var chain = seed
                for token in tokens {
                    chain = combine(chain, wordHash(Array(token.singular.utf8)))
                    prefixes.insert(chain)
                }
                phrases.insert(chain)
                // "financial and personal details" borrows its head across the conjunction.
                if tokens.count == 2, ExposureCues.sharedHeads.contains(tokens[1].singular) {
                    modifiers.insert(wordHash(Array(tokens[0].singular.utf8)))
                }
            }
        }
        return (prefixes, phrases, modifiers)
    }()

    static let conjunctions: Set<UInt64> = [wordHash(Array("and".utf8)), wordHash(Array("or".utf8))]
    static let markers: Set<UInt64> = [wordHash(Array("none".utf8))]
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

    /// Whether the segment needs a full analysis.
    static func needsAnalysis(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        var words: [UInt64] = []
        words.reserveCapacity(range.count / 5 + 1)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(32)
        var lastMark: Unicode.Scalar = " "
        func flush() {
            guard !buffer.isEmpty else { return }
            words.append(singularHash(buffer))
            buffer.removeAll(keepingCapacity: true)
        }
        for index in range {
            let scalar = scalars[index]
            let code = scalar.value
            if (code >= 0x61 && code <= 0x7A) || (code >= 0x41 && code <= 0x5A) || (code >= 0x30 && code <= 0x39) {
                buffer.append(UInt8(code >= 0x41 && code <= 0x5A ? code + 0x20 : code))
                lastMark = " "
            } else if !buffer.isEmpty, scalar == "'" || scalar == "\u{2019}" {
                continue  // Dropped inside a word, as the tokenizer does.
            } else if code >= 0x80, scalar.properties.isAlphabetic {
                return true
            } else {
                flush()
                // Exactly the tokenizer's punctuation tokens end a phrase; it skips everything else.
                if scalar == "/" {
                    words.append(slash)
                } else if scalar == "#" {
                    words.append(hashMark)
                } else if WordTokenizer.isKeptPunctuation(scalar) {
                    words.append(breakToken)
                }
                if scalar != " " { lastMark = scalar }
            }
        }
        flush()
        if lastMark == ":" { return true }
        let (prefixes, phrases, modifiers) = tables
        for (index, word) in words.enumerated() {
            if markers.contains(word) { return true }
            var chain = combine(seed, word)
            var next = index + 1
            while prefixes.contains(chain) {
                if phrases.contains(chain) { return true }
                guard next < words.count else { break }
                chain = combine(chain, words[next])
                next += 1
            }
            if modifiers.contains(word), index + 1 < words.count, conjunctions.contains(words[index + 1]) { return true }
        }
        return false
    }

    /// The hash of a lower-case word's singular, by the rules of `WordToken.singular(of:)`.
    static func singularHash(_ bytes: [UInt8]) -> UInt64 {
        let count = bytes.count
        let s = UInt8(ascii: "s")
        guard count >= 3, bytes[count - 1] == s, bytes[0] < 0x30 || bytes[0] > 0x39 else { return wordHash(bytes) }
        let last2 = bytes[count - 2], last3 = bytes[count - 3]
        if count > 4, last3 == UInt8(ascii: "i"), last2 == UInt8(ascii: "e") {
            return wordHash(bytes[0..<(count - 3)] + [UInt8(ascii: "y")])
        }
        if count >= 4, last2 == UInt8(ascii: "e"), last3 == s, bytes[count - 4] == s { return wordHash(bytes[0..<(count - 2)]) }
        if last2 == s || last2 == UInt8(ascii: "u") { return wordHash(bytes) }
        return wordHash(bytes[0..<(count - 1)])
    }
}
