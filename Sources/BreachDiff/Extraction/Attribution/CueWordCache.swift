/// The strings of the words `CueTokenizer` has already made for one document, so that a word
/// written again (most words of a document are) reuses them.
///
/// Why: building a token's `String`s (with the standard library's UTF-8 validation of each) was
/// the largest part of tokenising. A word is looked up by an FNV-1a hash of its written ASCII
/// scalars and confirmed scalar by scalar against the bytes kept for it, so a hit returns exactly
/// the strings `CueTokenizer.strings` would build. Words with a non-ASCII scalar, and long
/// words, are not kept (they go the uncached way).
struct CueWordCache {
    private struct Entry {
        var hash: UInt64
        var offset: Int
        var length: Int
        var raw: String?
        var word: String
        var key: UInt64
    }

    /// Entry index + 1 per slot; 0 marks an empty slot.
    private var slots = [Int32](repeating: 0, count: 1024)
    private var entries: [Entry] = []
    /// The written bytes of every entry, one after another.
    private var bytes: [UInt8] = []

    /// Longer words are rare and seldom repeated: not worth their bytes.
    static let maxLength = 24

    /// `CueTokenizer.strings(scalars, begin, end)`, from the cache when the word was seen before.
    mutating func strings(_ scalars: [Unicode.Scalar], _ begin: Int, _ end: Int) -> (raw: String?, word: String, key: UInt64) {
        let length = end - begin
        guard length <= Self.maxLength else { return CueTokenizer.strings(scalars, begin, end) }
        var hash = WordSet.offsetBasis
        for index in begin..<end {
            let value = scalars[index].value
            if value >= 0x80 { return CueTokenizer.strings(scalars, begin, end) }
            hash = (hash ^ UInt64(value)) &* WordSet.prime
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[slot] != 0 {
            let entry = entries[Int(slots[slot]) - 1]
            if entry.hash == hash, entry.length == length, matches(entry.offset, scalars, begin, length) {
                return (entry.raw, entry.word, entry.key)
            }
            slot = (slot + 1) & mask
        }
        let made = CueTokenizer.strings(scalars, begin, end)
        let offset = bytes.count
        for index in begin..<end { bytes.append(UInt8(truncatingIfNeeded: scalars[index].value)) }
        entries.append(Entry(hash: hash, offset: offset, length: length, raw: made.raw, word: made.word, key: made.key))
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
        return made
    }

    private func matches(_ offset: Int, _ scalars: [Unicode.Scalar], _ begin: Int, _ length: Int) -> Bool {
        for step in 0..<length where UInt32(bytes[offset + step]) != scalars[begin + step].value { return false }
        return true
    }

    /// Doubles the table, keeping it at most half full so that probes stay short.
    private mutating func grow() {
        var table = [Int32](repeating: 0, count: slots.count * 2)
        let mask = table.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash ^ (entry.hash >> 29)) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(index + 1)
        }
        slots = table
    }
}
