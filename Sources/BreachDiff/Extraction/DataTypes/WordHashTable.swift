/// A fixed set of 64-bit word hashes with a small value each, probed without `Hasher`.
///
/// The keys are already FNV hashes, so their high bits index an open-addressing table directly;
/// Swift's `Set` would hash them again with SipHash, which dominated the prescreen's time.
struct WordHashTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt8]
    private let mask: Int

    /// `entries` maps a hash to bit flags; flags of equal keys are merged.
    init(_ entries: [(UInt64, UInt8)]) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity *= 2 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for (key, value) in entries {
            // 0 marks an empty slot; a real hash of 0 is folded onto 1 on both sides.
            let stored = key == 0 ? 1 : key
            var slot = Self.slot(stored, mask)
            while keys[slot] != 0 && keys[slot] != stored { slot = (slot + 1) & mask }
            keys[slot] = stored
            values[slot] |= value
        }
    }

    /// The flags stored for `key`, 0 when absent.
    @inline(__always)
    func flags(_ key: UInt64) -> UInt8 {
        let stored = key == 0 ? 1 : key
        var slot = Self.slot(stored, mask)
        while true {
            let found = keys[slot]
            if found == stored { return values[slot] }
            if found == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> 40) & mask
    }
}
