/// A fixed set of lower-case words, looked up by a cheap hash of their UTF-8 bytes.
///
/// Why not `Set<String>`: the cue lists are asked about every word of every sentence, and
/// `String` hashing (SipHash with a per-process seed) was the largest single cost of extraction.
/// Here a word costs one FNV-1a pass over its bytes (or nothing, for a `CueToken`, which carries
/// its `key`), one probe of an open-addressed table, and a string comparison only when the slot
/// holds a word with the same key: answers are exactly those of `Set<String>.contains`.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// The words, in the order given (duplicates removed).
    public let words: [String]
    private let keys: [UInt64]
    /// Each word's spelling, which a token's is compared with on a key hit (no string compared).
    private let spellings: [CueSpelling]
    /// Index into `words` + 1 per slot; 0 marks an empty slot.
    private let slots: [Int32]
    private let mask: Int
    /// Most tokens asked about are in no set: one bit test turns them away before the table probe
    /// (exact: a key with no bit has no slot).
    private let keyBits: KeyBitFilter

    public init<S: Sequence>(_ words: S) where S.Element == String {
        var unique: [String] = []
        var seen: Set<String> = []
        for word in words where seen.insert(word).inserted { unique.append(word) }
        self.words = unique
        keys = unique.map(Self.key)
        spellings = unique.map { CueSpelling(word: $0, raw: $0) }
        var size = 8
        while size < unique.count * 4 { size *= 2 }
        mask = size - 1
        var table = [Int32](repeating: 0, count: size)
        for (index, key) in keys.enumerated() {
            var slot = Self.slot(key) & (size - 1)
            while table[slot] != 0 { slot = (slot + 1) & (size - 1) }
            table[slot] = Int32(index + 1)
        }
        slots = table
        keyBits = KeyBitFilter(keys)
    }

    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether `word` is in the set.
    @inline(__always)
    public func contains(_ word: String) -> Bool {
        index(of: word, key: Self.key(word)) != nil
    }

    /// Whether the token's `word` is in the set, using the key the tokenizer computed.
    @inline(__always)
    public func contains(_ token: CueToken) -> Bool {
        index(of: token) != nil
    }

    /// The position of the token's word in `words`, when present: its key probes, its spelling
    /// decides (the bytes `String` equality compares after an equal key).
    @inline(__always)
    public func index(of token: CueToken) -> Int? {
        guard keyBits.mayContain(token.key) else { return nil }
        var slot = Self.slot(token.key) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if keys[entry - 1] == token.key, spellings[entry - 1].sameWord(as: token.spelling) { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `word` is in the set; `key` must be `WordSet.key(word)` (computed once by a caller
    /// that asks several sets about the same word).
    @inline(__always)
    public func contains(_ word: String, key: UInt64) -> Bool {
        index(of: word, key: key) != nil
    }

    /// The position of `word` in `words`, when present; `key` must be `WordSet.key(word)`.
    public func index(of word: String, key: UInt64) -> Int? {
        var slot = Self.slot(key) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if keys[entry - 1] == key, words[entry - 1] == word { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    public var isEmpty: Bool { words.isEmpty }

    /// FNV-1a over the UTF-8 bytes of `word`.
    public static func key(_ word: String) -> UInt64 {
        // `withUTF8` hands over contiguous bytes (a small string's are copied to the stack):
        // several times cheaper than iterating `utf8`, which decodes each step.
        var word = word
        return word.withUTF8 { bytes in
            var hash = offsetBasis
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
            return hash
        }
    }

    /// FNV-1a parameters (64 bit); `CueTokenizer` folds bytes in with them as it writes a word.
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 29))
    }
}
