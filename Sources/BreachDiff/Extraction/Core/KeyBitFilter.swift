/// A 1,024-bit set of word hashes that answers "certainly not one of the keys" with one bit
/// test, in front of dictionary look-ups that most words of a document fail.
///
/// It is exact in the direction that matters: every key it was built from is always reported
/// as possible; a word that is not a key may be too (two hashes share a bit), and then the
/// dictionary look-up behind it decides. Built from the lexicon tables themselves, so a word
/// added to a table is covered without touching the filter.
///
/// Shared by the date lexicons and `WordSet`. The bits are an array, not a tuple: a tuple stored in
/// a set was copied out for every test (callgrind, session 9: +16 M on `PhraseSet`'s probes).
struct KeyBitFilter: Sendable {
    /// Sixteen words of 64 bits; a key's top four bits pick the word, the next six the bit.
    private let words: [UInt64]

    init<Keys: Sequence<UInt64>>(_ keys: Keys) {
        var words = [UInt64](repeating: 0, count: 16)
        for key in keys { words[Self.word(key)] |= Self.bit(key) }
        self.words = words
    }

    /// False only when `key` is certainly none of the keys.
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        words[Self.word(key)] & Self.bit(key) != 0
    }

    /// The top ten bits of the hash pick the bit: FNV's multiply mixes the high bits best.
    @inline(__always)
    private static func word(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> 60) }

    @inline(__always)
    private static func bit(_ key: UInt64) -> UInt64 { 1 << ((key >> 54) & 63) }
}
