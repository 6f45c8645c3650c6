@testable import BreachDiff

/// A word of `DataTypePrescreen` hashed while its lower-case ASCII bytes arrive: how the prescreen
/// folded its hashes before session 4, kept as the reference of `PrescreenSpeedupTests`. The
/// singular rules only ever cut the last one, two or three bytes (and "ies" adds "y"), so the hashes of
/// the word without its last one to three bytes, and those bytes, are all that is kept.
struct FoldedWord {
    /// FNV-1a of all bytes, and of all but the last one, two and three.
    private var whole = DataTypePrescreen.seed
    private var cut1 = DataTypePrescreen.seed
    private var cut2 = DataTypePrescreen.seed
    private var cut3 = DataTypePrescreen.seed
    /// The last four bytes, the latest in the low byte.
    private var tail: UInt32 = 0
    private var firstIsDigit = false
    private(set) var count = 0

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == 0 { firstIsDigit = byte >= 0x30 && byte <= 0x39 }
        cut3 = cut2
        cut2 = cut1
        cut1 = whole
        whole = (whole ^ UInt64(byte)) &* DataTypePrescreen.prime
        tail = tail << 8 | UInt32(byte)
        count += 1
    }

    /// `DataTypePrescreen.singularHash` of the bytes appended, rule for rule.
    var singularHash: UInt64 {
        let s: UInt32 = 0x73
        let last = tail & 0xFF, last2 = tail >> 8 & 0xFF, last3 = tail >> 16 & 0xFF
        guard count >= 3, last == s, !firstIsDigit else { return whole }
        if count > 4, last3 == 0x69, last2 == 0x65 { return (cut3 ^ 0x79) &* DataTypePrescreen.prime }
        if count >= 4, last2 == 0x65, last3 == s, tail >> 24 == s { return cut2 }
        if last2 == s || last2 == 0x75 { return whole }
        return cut1
    }
}
