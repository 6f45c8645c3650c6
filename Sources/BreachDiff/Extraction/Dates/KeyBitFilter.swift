/// A 1,024-bit set of word hashes that answers "certainly not one of the keys" with one bit
/// test, in front of dictionary look-ups that most words of a document fail.
///
/// It is exact in the direction that matters: every key it was built from is always reported
/// as possible; a word that is not a key may be too (two hashes share a bit), and then the
/// dictionary look-up behind it decides. Built from the lexicon tables themselves, so a word
/// added to a table is covered without touching the filter.
struct KeyBitFilter: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                       UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
        = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)

    init<Keys: Sequence<UInt64>>(_ keys: Keys) {
        for key in keys {
            let (word, bit) = Self.slot(key)
            withUnsafeMutableBytes(of: &bits) { raw in
                let words = raw.bindMemory(to: UInt64.self)
                words[word] |= bit
            }
        }
    }

    /// False only when `key` is certainly none of the keys.
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let (word, bit) = Self.slot(key)
        return withUnsafeBytes(of: bits) { raw in
            raw.load(fromByteOffset: word &* 8, as: UInt64.self) & bit != 0
        }
    }

    /// The top ten bits of the hash pick the bit: FNV's multiply mixes the high bits best.
    @inline(__always)
    private static func slot(_ key: UInt64) -> (word: Int, bit: UInt64) {
        let index = Int(truncatingIfNeeded: key >> 54)
        return (index >> 6, 1 << UInt64(index & 63))
    }
}
